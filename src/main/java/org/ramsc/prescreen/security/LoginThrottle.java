package org.ramsc.prescreen.security;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Counts failed sign-ins per account name and per remote address in PostgreSQL, so that every
 * instance of the app sees the same counts. A key that reaches its limit is locked for
 * {@code app.login.lock-duration}; while locked, even the right password is refused.
 */
@ApplicationScoped
public class LoginThrottle {

    private final LoginConfig config;

    public LoginThrottle(LoginConfig config) {
        this.config = config;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public boolean isLocked(String username, String address) {
        // a count, not a load: the row must not sit stale in the session when count() locks it
        List<String> keys = address == null ? List.of(accountKey(username))
                : List.of(accountKey(username), addressKey(address));
        return ThrottleEntry.count("key in ?1 and lockedUntil > ?2", keys, Instant.now()) > 0;
    }

    /** Counts one failure for the name and the address; the count that reaches the limit locks. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordFailure(String username, String address) {
        Instant now = Instant.now();
        count(accountKey(username), config.maxFailures(), now);
        if (address != null) {
            count(addressKey(address), config.maxFailuresPerAddress(), now);
        }
    }

    /**
     * Forgets the name's failures after a successful sign-in. The address keeps its count: one
     * valid account must not let an attacker reset the count for guessing at others.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordSuccess(String username) {
        ThrottleEntry.deleteById(accountKey(username));
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldFailures() {
        Instant cutoff = Instant.now().minus(config.lockDuration());
        ThrottleEntry.delete("lastFailureAt < ?1 and (lockedUntil is null or lockedUntil < ?1)", cutoff);
    }

    private void count(String key, int limit, Instant now) {
        // insert-if-missing, then lock the row: two instances counting the same key cannot lose a failure
        Panache.getEntityManager()
                .createNativeQuery("INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (?1, 0, ?2) "
                        + "ON CONFLICT (key) DO NOTHING")
                .setParameter(1, key).setParameter(2, now).executeUpdate();
        ThrottleEntry entry = ThrottleEntry.findById(key, LockModeType.PESSIMISTIC_WRITE);
        boolean stale = entry.lastFailureAt.isBefore(now.minus(config.lockDuration()))
                || (entry.lockedUntil != null && !entry.lockedAt(now));
        entry.failures = stale ? 1 : entry.failures + 1;
        entry.lastFailureAt = now;
        if (stale) {
            entry.lockedUntil = null;
        }
        if (entry.failures >= limit) {
            entry.lockedUntil = now.plus(config.lockDuration());
        }
    }

    static String accountKey(String username) {
        return "account:" + sha256(Account.normalise(username));
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** A short, stable stand-in for an account name in logs, so that logs never hold the name itself. */
    public static String logId(String username) {
        return sha256(Account.normalise(username)).substring(0, 10);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
