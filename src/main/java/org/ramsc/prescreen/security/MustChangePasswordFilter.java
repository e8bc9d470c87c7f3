package org.ramsc.prescreen.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Sends anyone still holding a temporary password to the password form before any staff or admin
 * page. Runs before matching, so that it also covers pages that do not exist.
 */
public class MustChangePasswordFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final SecurityIdentity identity;

    public MustChangePasswordFilter(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> sendToPasswordForm(ContainerRequestContext request) {
        if (!guarded(request.getUriInfo().getPath()) || identity.isAnonymous()
                || !Boolean.TRUE.equals(identity.getAttribute(SessionIdentityProvider.MUST_CHANGE_PASSWORD))) {
            return Optional.empty();
        }
        return Optional.of(Response.seeOther(URI.create(PASSWORD_PAGE)).build());
    }

    static boolean guarded(String path) {
        return path.equals("/staff") || path.startsWith("/staff/") || path.equals("/admin") || path.startsWith("/admin/");
    }
}
