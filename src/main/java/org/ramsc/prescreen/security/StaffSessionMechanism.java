package org.ramsc.prescreen.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs staff in from the {@code staff-session} cookie, which holds only a random session id: the
 * session itself is a row in PostgreSQL ({@link StaffSessions}), looked up on every request. A
 * cookie whose session has ended (signed out, expired, account disabled) is removed and the
 * visitor is anonymous, so public pages still open and staff pages ask for a sign-in.
 * Anonymous visitors of staff pages are sent to {@code /login} with a relative redirect.
 */
@ApplicationScoped
public class StaffSessionMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login";

    @Inject @ConfigProperty(name = "app.cookies.secure") boolean secureCookies;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = SessionCookie.read(context);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        StaffSessionRequest request = new StaffSessionRequest(token);
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request).map(identity -> {
            if (SessionIdentityProvider.ended(identity)) {
                SessionCookie.clear(context, secureCookies);
                return null;
            }
            return identity;
        });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // relative: a Location built from the Host header could point anywhere
        return Uni.createFrom().item(new ChallengeData(303, "Location", LOGIN_PAGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(StaffSessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE,
                SessionCookie.NAME));
    }
}
