package org.ramsc.prescreen.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses sign-in forms posted from other sites ("login CSRF": someone else's account slipped
 * into a staff member's browser). {@code j_security_check} is handled by Vert.x form
 * authentication before JAX-RS, where the CSRF token filter cannot reach, so this filter checks
 * the {@code Sec-Fetch-Site} header that browsers add to every request instead. A client that
 * sends no such header (curl, tests, very old browsers) is let through; SameSite=Strict on the
 * session cookie still keeps it from riding along on cross-site requests.
 */
@ApplicationScoped
public class LoginOriginCheck {

    static final String LOGIN_POST = "/j_security_check";
    /** Before authentication (200), which is where form authentication reads the post. */
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
