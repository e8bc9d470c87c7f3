package org.ramsc.prescreen.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes accounts for page tests, each with a name of its own so that tests cannot collide. */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "river-lantern-copper-42";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final AccountService accounts;

    public TestAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    /** A staff account that has already chosen its password ({@link #PASSWORD}). */
    public String staff() {
        return create(false, false);
    }

    /** An admin account that has already chosen its password ({@link #PASSWORD}). */
    public String admin() {
        return create(true, false);
    }

    /** An account still holding a temporary password ({@link #PASSWORD}). */
    public String withTemporaryPassword(boolean admin) {
        return create(admin, true);
    }

    @Transactional
    public Account find(String username) {
        return Account.findByUsername(username).orElseThrow();
    }

    @Transactional
    public boolean exists(String username) {
        return Account.findByUsername(username).isPresent();
    }

    @Transactional
    public UUID id(String username) {
        return find(username).id;
    }

    @Transactional
    String create(boolean admin, boolean mustChange) {
        String name = (admin ? "admin-" : "staff-") + UUID.randomUUID().toString().substring(0, 8) + "-"
                + NEXT.incrementAndGet();
        Map<String, String> problems = accounts.create(Actor.named("test"), name, admin, PASSWORD);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        Account.findByUsername(name).orElseThrow().mustChangePassword = mustChange;
        return name;
    }
}
