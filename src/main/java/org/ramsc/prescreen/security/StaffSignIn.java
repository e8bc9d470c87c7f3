package org.ramsc.prescreen.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Sign-in and sign-out as steps of a session: the password ({@link LoginService#signIn}, with its
 * throttle and audit), then a new server-side session whose cookie value replaces the old one.
 */
@ApplicationScoped
public class StaffSignIn {

    /** The new session's cookie value (null when refused) and where the browser goes next. */
    public record Outcome(String token, String next) {

        static Outcome refused() {
            return new Outcome(null, "/login?error=1");
        }
    }

    @Inject LoginService logins;
    @Inject StaffSessions sessions;
    @Inject AuditLog audit;
    @Inject TwoStepService twoStep;

    @Transactional
    public Outcome withPassword(String username, String password, String address, String previousToken) {
        Optional<SignedIn> signedIn = logins.signIn(username, password, address);
        if (signedIn.isEmpty()) {
            return Outcome.refused();
        }
        // a session that was open in this browser ends: its id must not survive into the new one
        sessions.end(previousToken);
        Account account = Account.findByUsername(signedIn.get().username()).orElseThrow();
        if (twoStep.enrolled(account.id)) {
            // the password alone opens nothing: a session without roles that can only take the code
            return new Outcome(sessions.start(account.id, StaffSession.SECOND_STEP, address),
                    MustChangePasswordFilter.CODE_PAGE);
        }
        String token = sessions.start(account.id, StaffSession.COMPLETE, address);
        return new Outcome(token, landing(signedIn.get()));
    }

    /** The second step: a one-time or recovery code completes the session, under a new id. */
    @Transactional
    public CodeOutcome withCode(SecurityIdentity identity, String token, String code, String address) {
        Optional<StaffSessions.Active> active = sessions.resolve(token).filter(StaffSessions.Active::secondStepPending);
        if (active.isEmpty()) {
            return new CodeOutcome(TwoStepService.Check.WRONG, null, "/login");
        }
        TwoStepService.Check check = twoStep.verify(active.get().accountId(), identity.getPrincipal().getName(), code,
                address);
        if (check != TwoStepService.Check.ACCEPTED) {
            return new CodeOutcome(check, null, null);
        }
        sessions.end(token);
        String completed = sessions.start(active.get().accountId(), StaffSession.COMPLETE, address);
        return new CodeOutcome(check, completed, landing(active.get().signedIn()));
    }

    /** A checked code: the new cookie value and where to go when accepted. */
    public record CodeOutcome(TwoStepService.Check check, String token, String next) {
    }

    private static String landing(SignedIn signedIn) {
        return signedIn.mustChangePassword() ? MustChangePasswordFilter.PASSWORD_PAGE : "/staff";
    }

    @Transactional
    public void signOut(SecurityIdentity identity, String token, String address) {
        boolean ended = sessions.end(token);
        if (ended && !identity.isAnonymous()) {
            audit.record(identity.getPrincipal().getName(), AuditLog.LOGOUT, null, null, null, address);
        }
    }
}
