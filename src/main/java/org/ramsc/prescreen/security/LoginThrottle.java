package org.ramsc.prescreen.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.ramsc.prescreen.web.ServerKey;

/**
 * Slows and blocks password guessing without letting a stranger lock out the owner, with every
 * count in PostgreSQL so that all instances see the same:
 * <ul>
 * <li>the pair (account name, client address) is locked after {@code app.login.max-failures}
 * failures for {@code app.login.lock-duration}: a stranger's guesses lock only their own pair;</li>
 * <li>an address is locked after {@code max-failures-per-address} failures over any names;</li>
 * <li>the account as a whole is only slowed: every attempt from an address the account has not
 * signed in from recently waits a delay that grows with the account's failures, capped at
 * {@code delay-max}.</li>
 * </ul>
 * An address the account signed in from successfully within {@code known-address-for} (its
 * owner's usual place) skips the account-wide delay and the address lock; only its own pair can
 * lock it. Locks are audited when they begin and when an admin clears them.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Stands for "no address known" in the pair table, whose key cannot be null. */
    static final String NO_ADDRESS = "";

    @Inject LoginConfig config;
    @Inject ServerKey key;
    @Inject AuditLog audit;
    @Inject EntityManager entityManager;
    private Semaphore waiting;

    @PostConstruct
    void openWaitingRoom() {
        waiting = new Semaphore(config.maxWaitingSignIns());
    }

    /** What a sign-in attempt must go through before its password is judged. */
    public record Verdict(boolean blocked, Duration delay, boolean knownAddress) {
    }

    /** Looks the same, and costs the same queries, whether or not an account of that name exists. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Verdict check(String username, String address) {
        Instant now = Instant.now();
        String accountKey = accountKey(username);
        String pairAddress = address == null ? NO_ADDRESS : address;
        boolean known = address != null && isKnown(username, address, now);
        Optional<ThrottleEntry> pair = Optional.ofNullable(pairEntry(accountKey, pairAddress))
                .filter(entry -> !stale(entry, now));
        boolean pairLocked = pair.map(entry -> entry.lockedAt(now)).orElse(false);
        boolean addressLocked = !known && address != null
                && ThrottleEntry.count("key = ?1 and lockedUntil > ?2", addressKey(address), now) > 0;
        int pairFailures = pair.map(entry -> entry.failures).orElse(0);
        int accountFailures = known ? 0 : recentFailures(accountKey, now);
        return new Verdict(pairLocked || addressLocked, delayFor(Math.max(pairFailures, accountFailures)), known);
    }

    /** The pause before a verdict after {@code failures} recent failures: none at first, then doubling up to the cap. */
    Duration delayFor(int failures) {
        int over = failures - config.delayAfterFailures();
        if (over < 0) {
            return Duration.ZERO;
        }
        Duration delay = config.delayBase().multipliedBy(1L << Math.min(over, 20));
        return delay.compareTo(config.delayMax()) > 0 ? config.delayMax() : delay;
    }

    /**
     * Waits out a delay on this (worker) thread, outside any transaction. At most
     * {@code max-waiting-sign-ins} attempts wait at once on an instance and none longer than
     * {@code delay-max}, so a flood of guesses cannot hold the worker pool: beyond that, false
     * (the attempt is refused without waiting).
     */
    public boolean pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return true;
        }
        if (!waiting.tryAcquire()) {
            return false;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.release();
        }
    }

    /** Counts one failure for the pair, the address and the account; a count that reaches its limit locks and is audited. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordFailure(String username, Optional<Account> account, String address) {
        Instant now = Instant.now();
        String accountKey = accountKey(username);
        count(accountKey, 0, now);
        if (address != null && count(addressKey(address), config.maxFailuresPerAddress(), now)) {
            audit.record(AuditLog.SYSTEM_ACTOR, AuditLog.LOGIN_LOCKED, "address", null,
                    "address locked after " + config.maxFailuresPerAddress() + " failed sign-ins, until "
                            + now.plus(config.lockDuration()), address);
        }
        String pairAddress = address == null ? NO_ADDRESS : address;
        if (countPair(accountKey, pairAddress, account.map(a -> a.id).orElse(null), now)) {
            audit.record(account.map(a -> a.username).orElse(LoginService.UNKNOWN_ACTOR), AuditLog.LOGIN_LOCKED,
                    account.isPresent() ? "account" : null, account.map(a -> a.id.toString()).orElse(null),
                    "account and address locked after " + config.maxFailures() + " failed sign-ins, until "
                            + now.plus(config.lockDuration()), address);
        }
    }

    /**
     * After the right password: forgets the pair's and the account's failures and remembers the
     * address as the owner's. The address keeps its own count: one valid account must not let an
     * attacker reset the count for guessing at others.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordSuccess(Account account, String address) {
        String accountKey = accountKey(account.username);
        ThrottleEntry.deleteById(accountKey);
        entityManager.createNativeQuery("DELETE FROM login_pair_throttle WHERE account_key = ?1 AND address = ?2")
                .setParameter(1, accountKey).setParameter(2, address == null ? NO_ADDRESS : address).executeUpdate();
        if (address != null) {
            entityManager.createNativeQuery("INSERT INTO login_known_address (account_id, address, last_success_at) "
                    + "VALUES (?1, ?2, ?3) ON CONFLICT (account_id, address) DO UPDATE SET last_success_at = ?3")
                    .setParameter(1, account.id).setParameter(2, address).setParameter(3, Timestamp.from(Instant.now()))
                    .executeUpdate();
        }
    }

    /** Lifts every lock and delay on the account (an admin reset its password: the person was vouched for). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void forgetAccount(Account account) {
        String accountKey = accountKey(account.username);
        ThrottleEntry.deleteById(accountKey);
        entityManager.createNativeQuery("DELETE FROM login_pair_throttle WHERE account_key = ?1")
                .setParameter(1, accountKey).executeUpdate();
    }

    /** A lock as the admin page lists it. {@code accountKey} is empty for an address lock. */
    public record Lock(String accountKey, String username, String address, int failures, Instant lockedUntil) {
    }

    /** The pairs and addresses locked now, the latest first. */
    @Transactional
    public List<Lock> locks() {
        Timestamp now = Timestamp.from(Instant.now());
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = entityManager.createNativeQuery("SELECT p.account_key, a.username, p.address, "
                + "p.failures, p.locked_until FROM login_pair_throttle p LEFT JOIN account a ON a.id = p.account_id "
                + "WHERE p.locked_until > ?1 ORDER BY p.locked_until DESC LIMIT 500")
                .setParameter(1, now).getResultList();
        List<ThrottleEntry> addresses = ThrottleEntry.list("key like 'address:%' and lockedUntil > ?1 "
                + "order by lockedUntil desc", now.toInstant());
        List<Lock> locks = new java.util.ArrayList<>();
        for (Object[] row : pairs) {
            locks.add(new Lock((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                    instant(row[4])));
        }
        for (ThrottleEntry entry : addresses) {
            locks.add(new Lock("", null, entry.key.substring("address:".length()), entry.failures, entry.lockedUntil));
        }
        return locks;
    }

    /** Clears one lock (an admin's decision, audited); false when there was none. */
    @Transactional
    public boolean clear(Actor actor, String accountKey, String address) {
        int cleared;
        if (accountKey == null || accountKey.isEmpty()) {
            cleared = (int) ThrottleEntry.delete("key", addressKey(address));
        } else {
            cleared = entityManager.createNativeQuery(
                    "DELETE FROM login_pair_throttle WHERE account_key = ?1 AND address = ?2")
                    .setParameter(1, accountKey).setParameter(2, address).executeUpdate();
        }
        if (cleared > 0) {
            audit.record(actor, AuditLog.LOGIN_UNLOCKED, accountKey == null || accountKey.isEmpty() ? "address"
                    : "account", null, "cleared the sign-in lock of " + (accountKey == null || accountKey.isEmpty()
                            ? "address " : "an account at address ") + address);
        }
        return cleared > 0;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldFailures() {
        Instant cutoff = Instant.now().minus(config.lockDuration());
        ThrottleEntry.delete("lastFailureAt < ?1 and (lockedUntil is null or lockedUntil < ?1)", cutoff);
        entityManager.createNativeQuery("DELETE FROM login_pair_throttle WHERE last_failure_at < ?1 "
                + "AND (locked_until IS NULL OR locked_until < ?1)").setParameter(1, Timestamp.from(cutoff))
                .executeUpdate();
        entityManager.createNativeQuery("DELETE FROM login_known_address WHERE last_success_at < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(config.knownAddressFor()))).executeUpdate();
    }

    private boolean isKnown(String username, String address, Instant now) {
        // one query whether or not the account exists, so that this check does not tell
        Number known = (Number) entityManager.createNativeQuery("SELECT count(*) FROM login_known_address k "
                + "JOIN account a ON a.id = k.account_id WHERE a.username = ?1 AND k.address = ?2 "
                + "AND k.last_success_at > ?3")
                .setParameter(1, Account.normalise(username)).setParameter(2, address)
                .setParameter(3, Timestamp.from(now.minus(config.knownAddressFor()))).getSingleResult();
        return known.longValue() > 0;
    }

    /** Read with SQL, not loaded: a loaded row would sit stale in the session when {@link #count} locks it. */
    private int recentFailures(String key, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> rows = entityManager.createNativeQuery("SELECT failures FROM login_throttle WHERE key = ?1 "
                + "AND last_failure_at >= ?2 AND (locked_until IS NULL OR locked_until > ?3)")
                .setParameter(1, key).setParameter(2, Timestamp.from(now.minus(config.lockDuration())))
                .setParameter(3, Timestamp.from(now)).getResultList();
        return rows.isEmpty() ? 0 : rows.get(0).intValue();
    }

    private ThrottleEntry pairEntry(String accountKey, String address) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT failures, last_failure_at, locked_until "
                + "FROM login_pair_throttle WHERE account_key = ?1 AND address = ?2")
                .setParameter(1, accountKey).setParameter(2, address).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        // a detached stand-in: the pair table has a composite key and is only ever written with SQL
        ThrottleEntry entry = new ThrottleEntry();
        entry.failures = ((Number) rows.get(0)[0]).intValue();
        entry.lastFailureAt = instant(rows.get(0)[1]);
        entry.lockedUntil = instant(rows.get(0)[2]);
        return entry;
    }

    /** Failures older than the lock duration, or from before a lock that has run out, no longer count. */
    private boolean stale(ThrottleEntry entry, Instant now) {
        return entry.lastFailureAt.isBefore(now.minus(config.lockDuration()))
                || (entry.lockedUntil != null && !entry.lockedAt(now));
    }

    /** Counts one failure under {@code key}; true when this failure began a lock ({@code limit} 0: never locks). */
    private boolean count(String key, int limit, Instant now) {
        // insert-if-missing, then lock the row: two instances counting the same key cannot lose a failure
        entityManager.createNativeQuery("INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (?1, 0, ?2) "
                + "ON CONFLICT (key) DO NOTHING")
                .setParameter(1, key).setParameter(2, Timestamp.from(now)).executeUpdate();
        ThrottleEntry entry = ThrottleEntry.findById(key, LockModeType.PESSIMISTIC_WRITE);
        boolean stale = stale(entry, now);
        boolean wasLocked = entry.lockedAt(now);
        entry.failures = stale ? 1 : entry.failures + 1;
        entry.lastFailureAt = now;
        if (stale) {
            entry.lockedUntil = null;
        }
        if (limit > 0 && entry.failures >= limit && !wasLocked) {
            entry.lockedUntil = now.plus(config.lockDuration());
            return true;
        }
        return false;
    }

    private boolean countPair(String accountKey, String address, UUID accountId, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp staleBefore = Timestamp.from(now.minus(config.lockDuration()));
        // one statement, atomic across instances: a stale count starts again at 1
        Object[] row = (Object[]) entityManager.createNativeQuery("INSERT INTO login_pair_throttle "
                + "(account_key, address, account_id, failures, last_failure_at) VALUES (?1, ?2, CAST(NULLIF(?3, '') AS uuid), 1, ?4) "
                + "ON CONFLICT (account_key, address) DO UPDATE SET "
                + "failures = CASE WHEN login_pair_throttle.last_failure_at < ?5 OR login_pair_throttle.locked_until <= ?4 "
                + "THEN 1 ELSE login_pair_throttle.failures + 1 END, "
                + "locked_until = CASE WHEN login_pair_throttle.last_failure_at < ?5 OR login_pair_throttle.locked_until <= ?4 "
                + "THEN NULL ELSE login_pair_throttle.locked_until END, "
                + "last_failure_at = ?4, account_id = coalesce(login_pair_throttle.account_id, EXCLUDED.account_id) "
                + "RETURNING failures, locked_until")
                .setParameter(1, accountKey).setParameter(2, address)
                .setParameter(3, accountId == null ? "" : accountId.toString())
                .setParameter(4, at).setParameter(5, staleBefore).getSingleResult();
        int failures = ((Number) row[0]).intValue();
        boolean locked = row[1] != null;
        if (!locked && failures >= config.maxFailures()) {
            entityManager.createNativeQuery("UPDATE login_pair_throttle SET locked_until = ?3 "
                    + "WHERE account_key = ?1 AND address = ?2")
                    .setParameter(1, accountKey).setParameter(2, address)
                    .setParameter(3, Timestamp.from(now.plus(config.lockDuration()))).executeUpdate();
            return true;
        }
        return false;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("unexpected time type " + value.getClass());
    }

    /** The key of an account name's failures: keyed with the installation's secret, never the name itself. */
    String accountKey(String username) {
        return "account:" + key.hmacHex("login-throttle", Account.normalise(username == null ? "" : username));
    }

    static String addressKey(String address) {
        return "address:" + address;
    }
}
