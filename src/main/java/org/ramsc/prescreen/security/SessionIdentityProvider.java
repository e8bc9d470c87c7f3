package org.ramsc.prescreen.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns the encrypted session cookie of form authentication back into a signed-in person on every
 * request. Reads the account each time, so that a disabled account or a changed role takes effect
 * on the next click, not when the cookie expires.
 * <p>
 * A cookie whose account is gone or disabled yields an identity without roles, marked
 * {@link #SESSION_ENDED}, which {@link EndedSessionFilter} turns into a signed-out visitor. Failing
 * here instead would make proactive authentication refuse every page, the login page included,
 * for as long as the browser keeps the cookie.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    /** Ahead of the providers that quarkus-security-jpa generates (system priorities are at most 1001). */
    static final int PRIORITY = SYSTEM_FIRST + 100;

    /** Identity attribute: this person still has to replace a password an admin handed out. */
    public static final String MUST_CHANGE_PASSWORD = "ramsc.mustChangePassword";

    /** Identity attribute: the cookie names an account that is disabled or no longer exists. */
    static final String SESSION_ENDED = "ramsc.sessionEnded";

    private final LoginService logins;

    public SessionIdentityProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        return context.runBlocking(() -> logins.current(username)
                .map(SessionIdentityProvider::identity)
                .orElseGet(() -> ended(username)));
    }

    static SecurityIdentity identity(SignedIn signedIn) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(signedIn.username()))
                .addRoles(signedIn.roles())
                .addAttribute(MUST_CHANGE_PASSWORD, signedIn.mustChangePassword())
                .build();
    }

    private static SecurityIdentity ended(String username) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addAttribute(SESSION_ENDED, true)
                .build();
    }
}
