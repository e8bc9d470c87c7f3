package org.ramsc.prescreen.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Makes every redirect to this site relative. JAX-RS turns {@code Response.seeOther(URI.create("/x"))}
 * into an absolute URL built from the request's Host header, which the client chooses: a forged
 * Host would send the browser elsewhere ({@code Location: http://evil.example/login}), or poison a
 * cache. A relative Location needs no host at all.
 */
public class RelativeRedirects {

    @ServerResponseFilter
    public void relativise(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri;
        try {
            uri = location instanceof URI given ? given : URI.create(location.toString());
        } catch (IllegalArgumentException e) {
            return;
        }
        URI base = request.getUriInfo().getBaseUri();
        if (uri.isAbsolute() && uri.getRawAuthority() != null && uri.getRawAuthority().equals(base.getRawAuthority())) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, relative(uri));
        }
    }

    static String relative(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
