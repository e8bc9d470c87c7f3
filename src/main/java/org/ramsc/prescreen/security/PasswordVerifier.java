package org.ramsc.prescreen.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Checks a password against a bcrypt hash, or against a dummy hash of the same cost when there is
 * nothing to check (no such account, a locked pair), so that every sign-in costs one bcrypt and
 * its timing tells nothing about the account.
 */
@ApplicationScoped
public class PasswordVerifier {

    /** The cost BcryptUtil uses for every stored hash, so that the dummy costs the same. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no account has this password");

    private final LongAdder checks = new LongAdder();

    /** True only when {@code hash} is present and matches; runs bcrypt in either case. */
    public boolean matches(String password, Optional<String> hash) {
        checks.increment();
        boolean matches = BcryptUtil.matches(password == null ? "" : password, hash.orElse(DUMMY_HASH));
        return hash.isPresent() && matches;
    }

    /** How many bcrypt checks ran since start; lets tests see that a refused path still paid for one. */
    public long checks() {
        return checks.sum();
    }
}
