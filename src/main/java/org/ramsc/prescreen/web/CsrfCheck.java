package org.ramsc.prescreen.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every request that may change something (any method but GET, HEAD and OPTIONS) must carry the
 * form field {@code csrf-token} with the token of its binding ({@link CsrfTokens}), whatever its
 * body or content type: a bodiless POST has no token and is refused like a forged one.
 * <p>
 * The one exception is the JSON evaluation API, which changes nothing and accepts only
 * {@code application/json}, a type that no cross-site form can send.
 * <p>
 * A refused request normally ends on the friendly "form expired" page ({@link StaleFormException}).
 * A method marked {@link KeepsStaleForm} is called anyway, told by {@link CsrfTokens#isRejected} that its
 * token was refused, so that it can show the patient's form again with what they typed and
 * store nothing.
 */
public class CsrfCheck {

    private static final Logger LOG = Logger.getLogger(CsrfCheck.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject CsrfTokens tokens;

    @ServerRequestFilter(readBody = true)
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext context, ResourceInfo resource) {
        if (SAFE_METHODS.contains(request.getMethod()) || isJsonApi(request)) {
            return;
        }
        if (tokens.matches(context, postedToken(request))) {
            return;
        }
        LOG.debugf("Refused a %s without a valid CSRF token", request.getMethod());
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(KeepsStaleForm.class)) {
            tokens.markRejected(context);
            return;
        }
        throw new StaleFormException();
    }

    private static boolean isJsonApi(ResteasyReactiveContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return request.getUriInfo().getPath().startsWith("/api/")
                && type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String postedToken(ResteasyReactiveContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || !request.hasEntity()) {
            return null;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object value = context.getFormParameter(CsrfTokens.FIELD, true, false);
        return value instanceof String token ? token : null;
    }
}
