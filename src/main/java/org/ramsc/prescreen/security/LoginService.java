package org.ramsc.prescreen.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Decides sign-ins: the throttle first, then the account and its bcrypt hash. Every attempt leaves
 * an audit row; the log gets only a short hash of the name and never the password.
 */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class);

    /** Audit actor for names that have no account: what was typed may be a password. */
    static final String UNKNOWN_ACTOR = "unknown";

    @Inject LoginThrottle throttle;
    @Inject AuditLog audit;
    @Inject PasswordVerifier passwords;
    @Inject AccountLogId logIds;

    /**
     * Signs in with name and password from {@code address} (may be null); empty when refused.
     * The throttle's delay is waited out between two short transactions, holding no database
     * connection. Every path (no such account, locked, wrong, right) runs exactly one bcrypt.
     */
    public Optional<SignedIn> signIn(String username, String password, String address) {
        String name = Account.normalise(username);
        LoginThrottle.Verdict verdict = QuarkusTransaction.joiningExisting().call(() -> throttle.check(name, address));
        boolean waited = throttle.pause(verdict.delay());
        boolean blocked = verdict.blocked() || !waited;
        return QuarkusTransaction.joiningExisting().call(() -> decide(name, password, address, blocked));
    }

    private Optional<SignedIn> decide(String name, String password, String address, boolean blocked) {
        Optional<Account> account = name.isEmpty() ? Optional.empty() : Account.findByUsername(name);
        // a blocked attempt is checked against the dummy hash: refused, but after the same work
        boolean matches = passwords.matches(password,
                blocked ? Optional.empty() : account.map(a -> a.passwordHash));
        if (blocked) {
            refuse(name, account, address, "locked");
            return Optional.empty();
        }
        if (account.isEmpty() || !matches || !account.get().enabled) {
            throttle.recordFailure(name, account, address);
            account.ifPresent(a -> {
                a.failedLogins++;
                a.lastFailedLoginAt = Instant.now();
            });
            refuse(name, account, address, account.isEmpty() ? "no such account"
                    : !matches ? "wrong password" : "account disabled");
            return Optional.empty();
        }
        Account signedIn = account.get();
        throttle.recordSuccess(signedIn, address);
        signedIn.failedLogins = 0;
        signedIn.lastLoginAt = Instant.now();
        audit.record(signedIn.username, AuditLog.LOGIN_SUCCESS, "account", signedIn.id.toString(), null, address);
        LOG.infof("Sign-in of account %s from %s", logIds.of(name), address);
        return Optional.of(SignedIn.of(signedIn));
    }

    /** The account behind a session cookie, read again on every request so that disabling takes effect at once. */
    @Transactional
    public Optional<SignedIn> current(String username) {
        return Account.findByUsername(username).filter(account -> account.enabled).map(SignedIn::of);
    }

    /**
     * Checks the password of someone already signed in (the password change form). Wrong answers
     * count towards the same lock as sign-ins, so the form cannot be used to guess instead.
     */
    @Transactional
    public boolean checkPassword(String username, String password, String address) {
        Optional<Account> account = Account.findByUsername(username);
        if (account.isEmpty() || throttle.check(username, address).blocked()) {
            return false;
        }
        if (passwords.matches(password, Optional.of(account.get().passwordHash))) {
            return true;
        }
        throttle.recordFailure(username, account, address);
        audit.record(account.get().username, AuditLog.LOGIN_FAILURE, "account", account.get().id.toString(),
                "wrong current password on the password form", address);
        return false;
    }

    private void refuse(String name, Optional<Account> account, String address, String reason) {
        audit.record(account.map(a -> a.username).orElse(UNKNOWN_ACTOR), AuditLog.LOGIN_FAILURE,
                account.isPresent() ? "account" : null, account.map(a -> a.id.toString()).orElse(null),
                reason, address);
        LOG.infof("Sign-in refused for account %s from %s: %s", logIds.of(name), address, reason);
    }
}
