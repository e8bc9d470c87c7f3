package org.ramsc.prescreen.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.ramsc.prescreen.i18n.Lang;

/**
 * Picks the page language: {@code ?lang=} first (and remembered in a cookie), then the cookie,
 * then the browser's {@code Accept-Language}, then English.
 */
public class LangFilter {

    public static final String COOKIE = "lang";
    private static final String CHOSEN = LangFilter.class.getName() + ".chosen";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final RequestLang requestLang;
    private final boolean secureCookies;

    public LangFilter(RequestLang requestLang,
            @ConfigProperty(name = "app.cookies.secure") boolean secureCookies) {
        this.requestLang = requestLang;
        this.secureCookies = secureCookies;
    }

    @ServerRequestFilter(preMatching = true)
    public void resolve(ContainerRequestContext request) {
        Optional<Lang> chosen = Lang.fromTag(request.getUriInfo().getQueryParameters().getFirst("lang"));
        if (chosen.isPresent()) {
            request.setProperty(CHOSEN, chosen.get());
            requestLang.set(chosen.get());
            return;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        Lang lang = Optional.ofNullable(cookie).flatMap(c -> Lang.fromTag(c.getValue()))
                .or(() -> Lang.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Lang.DEFAULT);
        requestLang.set(lang);
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        boolean page = !request.getUriInfo().getPath().startsWith("/api/");
        if (page && request.getProperty(CHOSEN) instanceof Lang chosen) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(COOKIE)
                    .value(chosen.tag()).path("/").maxAge(ONE_YEAR)
                    .sameSite(NewCookie.SameSite.LAX).httpOnly(true)
                    // Secure like the session and draft cookies: when configured, or over https (X-Forwarded-Proto
                    // from a trusted proxy is already applied to the request URI)
                    .secure(secureCookies || "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme()))
                    .build());
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders().add(HttpHeaders.CONTENT_LANGUAGE, requestLang.get().tag());
        }
    }
}
