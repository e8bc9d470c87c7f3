package org.ramsc.prescreen.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Handles the login form ({@code j_security_check}). Runs before the provider that
 * quarkus-security-jpa generates for {@link Account}, because it adds what that one lacks: the
 * throttle, the {@code enabled} flag, the same time for unknown names, and the audit trail. It
 * either signs in or fails, so the generated provider is never asked.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final LoginService logins;

    public AccountIdentityProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SessionIdentityProvider.PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String address = RemoteAddress.of(request);
        String username = request.getUsername();
        char[] password = request.getPassword().getPassword();
        return context.runBlocking(() -> logins.signIn(username, new String(password), address)
                .map(SessionIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }
}
