package org.ramsc.prescreen.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The {@code staff-session} cookie: HttpOnly, SameSite=Strict, for the whole site, and Secure when
 * secure cookies are configured ({@code app.cookies.secure}) or the request came in over https
 * (behind a proxy: its X-Forwarded-Proto, trusted only from {@code quarkus.http.proxy.trusted-proxies}).
 * It has no Max-Age: closing the browser forgets it; the server limits its life anyway.
 */
public final class SessionCookie {

    public static final String NAME = "staff-session";

    private SessionCookie() {
    }

    public static String read(RoutingContext context) {
        Cookie cookie = context.request().getCookie(NAME);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    public static void set(RoutingContext context, String token, boolean secureConfigured) {
        context.response().addCookie(base(context, token, secureConfigured));
    }

    public static void clear(RoutingContext context, boolean secureConfigured) {
        context.response().addCookie(base(context, "", secureConfigured).setMaxAge(0));
    }

    private static Cookie base(RoutingContext context, String value, boolean secureConfigured) {
        return Cookie.cookie(NAME, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(secureConfigured || "https".equalsIgnoreCase(context.request().scheme()));
    }
}
