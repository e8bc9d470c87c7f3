package org.ramsc.prescreen.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Checked for names without an account, so that a wrong name costs the same time as a wrong password. */
    private static final String NO_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this password");

    /** Audit actor for names that have no account: what was typed may be a password. */
    static final String UNKNOWN_ACTOR = "unknown";

    private final LoginThrottle throttle;
    private final AuditLog audit;

    public LoginService(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Signs in with name and password from {@code address} (may be null); empty when refused. */
    @Transactional
    public Optional<SignedIn> signIn(String username, String password, String address) {
        String name = Account.normalise(username);
        Optional<Account> account = name.isEmpty() ? Optional.empty() : Account.findByUsername(name);
        if (throttle.isLocked(name, address)) {
            refuse(name, account, address, "locked");
            return Optional.empty();
        }
        boolean matches = BcryptUtil.matches(password == null ? "" : password,
                account.map(a -> a.passwordHash).orElse(NO_ACCOUNT_HASH));
        if (account.isEmpty() || !matches || !account.get().enabled) {
            throttle.recordFailure(name, address);
            account.ifPresent(a -> {
                a.failedLogins++;
                a.lastFailedLoginAt = Instant.now();
            });
            refuse(name, account, address, account.isEmpty() ? "no such account"
                    : !matches ? "wrong password" : "account disabled");
            return Optional.empty();
        }
        Account signedIn = account.get();
        throttle.recordSuccess(name);
        signedIn.failedLogins = 0;
        signedIn.lastLoginAt = Instant.now();
        audit.record(signedIn.username, AuditLog.LOGIN_SUCCESS, "account", signedIn.id.toString(), null, address);
        LOG.infof("Sign-in of account %s from %s", LoginThrottle.logId(name), address);
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
        if (account.isEmpty() || throttle.isLocked(username, address)) {
            return false;
        }
        if (BcryptUtil.matches(password == null ? "" : password, account.get().passwordHash)) {
            return true;
        }
        throttle.recordFailure(username, address);
        audit.record(account.get().username, AuditLog.LOGIN_FAILURE, "account", account.get().id.toString(),
                "wrong current password on the password form", address);
        return false;
    }

    private void refuse(String name, Optional<Account> account, String address, String reason) {
        audit.record(account.map(a -> a.username).orElse(UNKNOWN_ACTOR), AuditLog.LOGIN_FAILURE,
                account.isPresent() ? "account" : null, account.map(a -> a.id.toString()).orElse(null),
                reason, address);
        LOG.infof("Sign-in refused for account %s from %s: %s", LoginThrottle.logId(name), address, reason);
    }
}
