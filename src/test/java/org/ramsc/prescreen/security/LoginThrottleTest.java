package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginThrottleTest {

    private final LoginThrottle throttle;
    private final LoginService logins;
    private final PasswordVerifier verifier;
    private final TestAccounts accounts;
    private final LoginConfig config;

    LoginThrottleTest(LoginThrottle throttle, LoginService logins, PasswordVerifier verifier, TestAccounts accounts,
            LoginConfig config) {
        this.throttle = throttle;
        this.logins = logins;
        this.verifier = verifier;
        this.accounts = accounts;
        this.config = config;
    }

    @Test
    void storesNamesOnlyAsKeyedHashes() {
        String name = "someone-" + System.nanoTime();
        throttle.recordFailure(name, Optional.empty(), StaffBrowser.nextAddress());

        assertThat(exists(throttle.accountKey(name))).isTrue();
        long withName = QuarkusTransaction.requiringNew().call(() -> ThrottleEntry.count("key like ?1", "%" + name + "%"));
        assertThat(withName).isZero();
    }

    @Test
    void forgetsFailuresOlderThanTheLockDuration() {
        String oldKey = "address:203.0.113.1-" + System.nanoTime();
        String lockedKey = "address:203.0.113.2-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            entry(oldKey, Instant.now().minus(Duration.ofHours(2)), null).persist();
            entry(lockedKey, Instant.now().minus(Duration.ofHours(2)), Instant.now().plus(Duration.ofMinutes(5)))
                    .persist();
        });

        throttle.forgetOldFailures();

        assertThat(exists(oldKey)).isFalse();
        assertThat(exists(lockedKey)).isTrue();
    }

    @Test
    void slowsTheAccountForStrangersButNotAtTheOwnersUsualAddress() {
        String name = accounts.staff();
        String home = StaffBrowser.nextAddress();
        assertThat(logins.signIn(name, TestAccounts.PASSWORD, home)).isPresent();
        // guesses from many addresses: no pair reaches its lock, but the account is slowed
        for (int i = 0; i < config.delayAfterFailures() + 2; i++) {
            logins.signIn(name, "wrong-" + i, StaffBrowser.nextAddress());
        }

        LoginThrottle.Verdict stranger = throttle.check(name, StaffBrowser.nextAddress());
        assertThat(stranger.blocked()).isFalse();
        assertThat(stranger.delay()).isPositive();
        LoginThrottle.Verdict owner = throttle.check(name, home);
        assertThat(owner.knownAddress()).isTrue();
        assertThat(owner.delay()).isZero();
        assertThat(logins.signIn(name, TestAccounts.PASSWORD, home)).isPresent();
    }

    @Test
    void growsTheDelayWithEachFailureUpToTheCap() {
        assertThat(throttle.delayFor(config.delayAfterFailures() - 1)).isZero();
        assertThat(throttle.delayFor(config.delayAfterFailures())).isEqualTo(config.delayBase());
        assertThat(throttle.delayFor(config.delayAfterFailures() + 1)).isEqualTo(config.delayBase().multipliedBy(2));
        assertThat(throttle.delayFor(1000)).isEqualTo(config.delayMax());
    }

    @Test
    void runsBcryptOnEveryPathSoThatTimingTellsNothing() {
        String name = accounts.staff();
        String address = StaffBrowser.nextAddress();

        assertThat(bcryptRunsFor(() -> logins.signIn("nobody-" + System.nanoTime(), "whatever", address))).isEqualTo(1);
        assertThat(bcryptRunsFor(() -> logins.signIn(name, "wrong", address))).isEqualTo(1);
        for (int i = 0; i < config.maxFailures(); i++) {
            logins.signIn(name, "wrong-" + i, address);
        }
        // locked pair: refused, but only after the same bcrypt as any other attempt
        assertThat(bcryptRunsFor(() -> assertThat(logins.signIn(name, TestAccounts.PASSWORD, address)).isEmpty()))
                .isEqualTo(1);
        assertThat(bcryptRunsFor(() -> logins.signIn(name, TestAccounts.PASSWORD, StaffBrowser.nextAddress())))
                .isEqualTo(1);
    }

    private long bcryptRunsFor(Runnable attempt) {
        long before = verifier.checks();
        attempt.run();
        return verifier.checks() - before;
    }

    private static boolean exists(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ThrottleEntry.findById(key) != null);
    }

    private static ThrottleEntry entry(String key, Instant lastFailure, Instant lockedUntil) {
        ThrottleEntry entry = new ThrottleEntry();
        entry.key = key;
        entry.failures = 3;
        entry.lastFailureAt = lastFailure;
        entry.lockedUntil = lockedUntil;
        return entry;
    }
}
