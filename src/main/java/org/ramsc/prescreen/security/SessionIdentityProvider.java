package org.ramsc.prescreen.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a {@code staff-session} cookie into a signed-in person on every request, reading the
 * session row and the account each time, so that signing out, disabling an account or a changed
 * role takes effect on the next click, on every instance.
 * <p>
 * A cookie without a live session yields an identity marked {@link #SESSION_ENDED}, which
 * {@link StaffSessionMechanism} turns into an anonymous visitor and a removed cookie. Failing here
 * instead would make proactive authentication refuse every page, the login page included.
 * A session that still owes a step (its one-time code, replacing a temporary password, setting up
 * two-step sign-in) has no roles at all: {@link MustChangePasswordFilter} sends it to that step,
 * and any endpoint that needs a role refuses it, whatever its path.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<StaffSessionRequest> {

    /** Identity attribute: this person still has to replace a password an admin handed out. */
    public static final String MUST_CHANGE_PASSWORD = "ramsc.mustChangePassword";

    /** Identity attribute: the password was right, the one-time code is still due. */
    public static final String SECOND_STEP_PENDING = "ramsc.secondStepPending";

    /** Identity attribute: two-step sign-in is required for this account and not set up yet. */
    public static final String MUST_ENROL = "ramsc.mustEnrol";

    /** Identity attribute: the id of this session's row, so that a password change can keep it. */
    public static final String SESSION_ID = "ramsc.sessionId";

    /** Identity attribute: the account's id. */
    public static final String ACCOUNT_ID = "ramsc.accountId";

    /** Identity attribute: the cookie names no live session. */
    static final String SESSION_ENDED = "ramsc.sessionEnded";

    @Inject StaffSessions sessions;

    @Override
    public Class<StaffSessionRequest> getRequestType() {
        return StaffSessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(StaffSessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resolve(request.token())
                .map(SessionIdentityProvider::identity)
                .orElseGet(SessionIdentityProvider::ended));
    }

    static SecurityIdentity identity(StaffSessions.Active active) {
        SignedIn signedIn = active.signedIn();
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(signedIn.username()))
                .addAttribute(MUST_CHANGE_PASSWORD, signedIn.mustChangePassword())
                .addAttribute(SECOND_STEP_PENDING, active.secondStepPending())
                .addAttribute(MUST_ENROL, active.mustEnrol())
                .addAttribute(SESSION_ID, active.sessionId())
                .addAttribute(ACCOUNT_ID, active.accountId());
        if (!active.secondStepPending() && !signedIn.mustChangePassword() && !active.mustEnrol()) {
            builder.addRoles(signedIn.roles());
        }
        return builder.build();
    }

    static boolean ended(SecurityIdentity identity) {
        return identity != null && Boolean.TRUE.equals(identity.getAttribute(SESSION_ENDED));
    }

    private static SecurityIdentity ended() {
        return QuarkusSecurityIdentity.builder().setAnonymous(true).addAttribute(SESSION_ENDED, true).build();
    }
}
