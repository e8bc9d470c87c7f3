package org.ramsc.prescreen.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses sign-in forms posted from other sites ("login CSRF": someone else's account slipped
 * into a staff member's browser). The sign-in form carries the CSRF token like every form; this
 * filter is a second, cheaper line in front of it: it checks the {@code Sec-Fetch-Site} header
 * that browsers add to every request. A client that sends no such header (curl, tests, very old
 * browsers) is let through to the token check.
 */
@ApplicationScoped
public class LoginOriginCheck {

    static final String LOGIN_POST = "/login";
    /** Before authentication (200): a refused post never reaches the password check. */
    private static final int PRIORITY = 250;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && LOGIN_POST.equals(context.normalizedPath())
                && !allowed(context.request().getHeader("Sec-Fetch-Site"))) {
            context.response().setStatusCode(303).putHeader("Location", "/login")
                    .putHeader("Cache-Control", "no-store").end();
            return;
        }
        context.next();
    }

    /** {@code same-origin} from our own form; {@code none} when typed or bookmarked; absent from non-browsers. */
    static boolean allowed(String secFetchSite) {
        return secFetchSite == null || secFetchSite.equals("same-origin") || secFetchSite.equals("none");
    }
}
