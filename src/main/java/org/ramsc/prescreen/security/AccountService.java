package org.ramsc.prescreen.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Creates and changes accounts. Every change leaves an {@code account.changed} audit row saying
 * what changed, never the password. Problems come back as field name → message key, for the form.
 */
@ApplicationScoped
public class AccountService {

    /** Lower-case letters, digits, dot, dash and underscore; 3 to 40 characters (as the table checks). */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    @Inject AuditLog audit;
    @Inject LoginThrottle throttle;
    @Inject LoginService logins;
    @Inject StaffSessions sessions;

    @Transactional
    public List<Account> list() {
        return Account.listByUsername();
    }

    @Transactional
    public long count() {
        return Account.count();
    }

    @Transactional
    public Optional<Account> find(UUID id) {
        return Account.findByIdOptional(id);
    }

    /**
     * Creates a staff or admin account whose temporary password must be replaced at the first
     * sign-in. Returns the problems; none means the account exists now.
     */
    @Transactional
    public Map<String, String> create(Actor actor, String username, boolean admin, String temporaryPassword) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = Account.normalise(username);
        if (name.isEmpty()) {
            problems.put("username", "admin.users.username.required");
        } else if (!USERNAME.matcher(name).matches()) {
            problems.put("username", "admin.users.username.invalid");
        } else if (Account.findByUsername(name).isPresent()) {
            problems.put("username", "admin.users.username.taken");
        }
        PasswordRules.problem(temporaryPassword, name).ifPresent(key -> problems.put("password", key));
        if (!problems.isEmpty()) {
            return problems;
        }
        Account account = newAccount(name, admin, temporaryPassword, true);
        audit.record(actor, AuditLog.ACCOUNT_CHANGED, "account", account.id.toString(),
                "created role=" + (admin ? Account.ADMIN : Account.STAFF));
        return problems;
    }

    /** Disables or enables an account; empty, or the message key of why not. */
    @Transactional
    public Optional<String> setEnabled(Actor actor, UUID id, boolean enabled) {
        Account account = Account.<Account>findByIdOptional(id).orElseThrow(NotFoundException::new);
        if (!enabled && account.username.equals(actor.name())) {
            return Optional.of("admin.users.cannot_disable_self");
        }
        if (!enabled) {
            // also when already disabled: no session of a disabled account may remain
            sessions.endAll(account.id);
        }
        if (account.enabled != enabled) {
            account.enabled = enabled;
            audit.record(actor, AuditLog.ACCOUNT_CHANGED, "account", account.id.toString(),
                    enabled ? "enabled" : "disabled");
        }
        return Optional.empty();
    }

    /**
     * Replaces a forgotten password with a temporary one that must be changed at the next sign-in,
     * and lifts a lock on the name: the person has proven who they are to the admin instead.
     */
    @Transactional
    public Optional<String> resetPassword(Actor actor, UUID id, String temporaryPassword) {
        Account account = Account.<Account>findByIdOptional(id).orElseThrow(NotFoundException::new);
        Optional<String> problem = PasswordRules.problem(temporaryPassword, account.username);
        if (problem.isPresent()) {
            return problem;
        }
        setPassword(account, temporaryPassword, true);
        // whoever holds a session of this account now, the person or someone who took it over, is out
        sessions.endAll(account.id);
        throttle.forgetAccount(account);
        audit.record(actor, AuditLog.ACCOUNT_CHANGED, "account", account.id.toString(), "password reset");
        return Optional.empty();
    }

    /**
     * The signed-in person replaces their own password, proving first that they know the current
     * one. Returns field name → message key; none means the password is changed.
     */
    @Transactional
    public Map<String, String> changeOwnPassword(String username, String current, String newPassword, String repeat,
            String address) {
        return changeOwnPassword(username, current, newPassword, repeat, address, null);
    }

    /**
     * As above; on success every other session of the account ends (a copied cookie, a browser
     * left signed in elsewhere), and only {@code keepSession}, the one that made the change, stays.
     */
    @Transactional
    public Map<String, String> changeOwnPassword(String username, String current, String newPassword, String repeat,
            String address, UUID keepSession) {
        Account account = Account.findByUsername(username).orElseThrow(NotFoundException::new);
        Map<String, String> problems = new LinkedHashMap<>();
        if (current == null || current.isEmpty()) {
            problems.put("current", "security.password.current_required");
        } else if (!logins.checkPassword(username, current, address)) {
            problems.put("current", "security.password.current_wrong");
        }
        PasswordRules.problem(newPassword, username).ifPresent(key -> problems.put("newPassword", key));
        if (!problems.containsKey("newPassword") && newPassword.equals(current)) {
            problems.put("newPassword", "security.password.same_as_current");
        }
        if (!problems.containsKey("newPassword") && !newPassword.equals(repeat)) {
            problems.put("repeat", "security.password.repeat_mismatch");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        setPassword(account, newPassword, false);
        sessions.endOthers(account.id, keepSession);
        audit.record(account.username, AuditLog.ACCOUNT_CHANGED, "account", account.id.toString(),
                "password changed", address);
        return problems;
    }

    /**
     * Creates the first admin from configuration when there is no account at all, so that a new
     * installation can be entered without a default password. The password must be replaced at
     * the first sign-in. Returns whether an account was created.
     */
    @Transactional
    public boolean bootstrapAdmin(Optional<String> username, Optional<String> password) {
        if (username.isEmpty() || password.isEmpty() || Account.count() > 0) {
            return false;
        }
        String name = Account.normalise(username.get());
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalStateException("app.bootstrap.admin-username is not a valid account name: use 3 to 40 "
                    + "lower-case letters, digits, '.', '-' or '_'");
        }
        PasswordRules.problem(password.get(), name).ifPresent(key -> {
            throw new IllegalStateException("app.bootstrap.admin-password breaks the password rules (" + key
                    + "): use at least " + PasswordRules.MIN_LENGTH + " characters, not a common password");
        });
        Account account = newAccount(name, true, password.get(), true);
        audit.record("system", AuditLog.ACCOUNT_CHANGED, "account", account.id.toString(),
                "created role=admin (bootstrap)", null);
        return true;
    }

    /** Creates an account without checking the password rules: for the dev-mode demo accounts only. */
    @Transactional
    Account createUnchecked(String username, boolean admin, String password, boolean mustChange) {
        Account account = newAccount(Account.normalise(username), admin, password, mustChange);
        audit.record("system", AuditLog.ACCOUNT_CHANGED, "account", account.id.toString(),
                "created role=" + (admin ? Account.ADMIN : Account.STAFF) + " (demo data)", null);
        return account;
    }

    private static Account newAccount(String name, boolean admin, String password, boolean mustChange) {
        Instant now = Instant.now();
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.username = name;
        account.roles = Account.rolesFor(admin);
        account.enabled = true;
        account.createdAt = now;
        setPassword(account, password, mustChange);
        account.persist();
        return account;
    }

    private static void setPassword(Account account, String password, boolean mustChange) {
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.mustChangePassword = mustChange;
        account.passwordChangedAt = Instant.now();
    }
}
