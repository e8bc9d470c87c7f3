package org.ramsc.prescreen.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Removes the session cookie of an account that was disabled or deleted while signed in, and
 * sends the browser to the same page again, now as a signed-out visitor: public pages open, staff
 * pages ask for a new sign-in.
 */
@ApplicationScoped
public class EndedSessionFilter {

    private static final Logger LOG = Logger.getLogger(EndedSessionFilter.class);

    /** After authentication (200) has restored the identity, before authorization (100) judges it. */
    private static final int PRIORITY = 120;

    private final AccountLogId logIds;

    public EndedSessionFilter(AccountLogId logIds) {
        this.logIds = logIds;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && ended(user.getSecurityIdentity())) {
            LOG.debugf("Ended the session of account %s", logIds.of(user.getSecurityIdentity()
                    .getPrincipal().getName()));
            FormAuthenticationMechanism.logout(context);
            context.response().setStatusCode(303).putHeader("Location", again(context))
                    .putHeader("Cache-Control", "no-store").end();
            return;
        }
        context.next();
    }

    private static boolean ended(SecurityIdentity identity) {
        return Boolean.TRUE.equals(identity.getAttribute(SessionIdentityProvider.SESSION_ENDED));
    }

    /** The same page for a GET; the login page after a form, which cannot be repeated by a redirect. */
    private static String again(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return "/login";
        }
        String query = context.request().query();
        return context.normalizedPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
