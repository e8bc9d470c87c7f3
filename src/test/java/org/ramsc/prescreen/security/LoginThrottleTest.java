package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginThrottleTest {

    private final LoginThrottle throttle;

    LoginThrottleTest(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Test
    void storesNamesOnlyAsHashes() {
        String name = "someone-" + System.nanoTime();
        throttle.recordFailure(name, null);

        assertThat(exists(LoginThrottle.accountKey(name))).isTrue();
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
