package org.ramsc.prescreen.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.ramsc.prescreen.i18n.Lang;

/**
 * Refuses any path with a {@code ;} (raw or as {@code %3B}) with a prompt, styled 400 page and one
 * short log line, before authentication sees it. No page of this app has path parameters, and
 * such paths ({@code /staff;x}, {@code /staff/..;/admin/users}) are read differently by the
 * security path matcher and the router: they hung for 45 s with a 20 KB stack trace per request.
 */
@ApplicationScoped
public class PathParameterFilter {

    private static final Logger LOG = Logger.getLogger(PathParameterFilter.class);

    /** Above every Quarkus security handler, so that nothing else looks at the path first. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        String uri = context.request().uri();
        int query = uri.indexOf('?');
        String path = (query < 0 ? uri : uri.substring(0, query)).toLowerCase(Locale.ROOT);
        if (path.indexOf(';') < 0 && !path.contains("%3b")) {
            context.next();
            return;
        }
        LOG.infof("Refused %s of a path with a ';' (400)", context.request().method());
        Lang lang = lang(context);
        Page page = new Page(lang, "/", "error.400.title");
        String html = ErrorPages.Templates.error(page, "error.400.text", null).render();
        context.response().setStatusCode(400)
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .putHeader("Cache-Control", "no-store")
                .end(html);
    }

    /** The page language as LangFilter would pick it (that filter runs inside JAX-RS, which this page never reaches). */
    private static Lang lang(RoutingContext context) {
        Cookie cookie = context.request().getCookie(LangFilter.COOKIE);
        if (cookie != null) {
            java.util.Optional<Lang> chosen = Lang.fromTag(cookie.getValue());
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return Lang.fromAcceptLanguage(context.request().getHeader("Accept-Language")).orElse(Lang.DEFAULT);
    }
}
