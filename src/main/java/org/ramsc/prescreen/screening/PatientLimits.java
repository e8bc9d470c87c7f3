package org.ramsc.prescreen.screening;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.ramsc.prescreen.web.ServerKey;

/**
 * Limits how many drafts and sends one client address makes per window, so that a script cannot
 * fill the staff queue. Counted with one atomic upsert per attempt in PostgreSQL (fixed windows),
 * so the limits hold across instances. Addresses are counted under a keyed hash, never stored.
 */
@ApplicationScoped
public class PatientLimits {

    /** What is counted. */
    public enum Kind {
        DRAFT, SEND
    }

    @Inject LimitsConfig config;
    @Inject ServerKey key;
    @Inject EntityManager entityManager;
    @Inject AgroalDataSource dataSource;

    /**
     * Counts one attempt of {@code kind} from {@code address}; empty when it is within the limit,
     * otherwise how long until the window ends (for {@code Retry-After}). Joins the caller's
     * transaction: a refused send or draft stores nothing else.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Duration> tryAcquire(Kind kind, String address) {
        if (address == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Instant start = windowStart(now);
        if (countAttempt(bucket(kind, address), start) <= limit(kind)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, start.plus(config.window())));
    }

    /**
     * The upsert in plain SQL on the transaction's connection: as a Hibernate native query it
     * flushed the session first and went through the query machinery, on every new draft and send.
     */
    private int countAttempt(String bucket, Instant windowStart) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO rate_limit_window (bucket, window_start, hits) VALUES (?, ?, 1)"
                                + " ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1"
                                + " RETURNING hits")) {
            statement.setString(1, bucket);
            statement.setObject(2, windowStart.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("patient limit query failed", e);
        }
    }

    /** The key under which {@code address}'s attempts of {@code kind} are counted. */
    public String bucket(Kind kind, String address) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + key.hmacHex("rate-limit", address);
    }

    /** The window that {@code now} falls in: windows start at multiples of the window length since the epoch. */
    public Instant windowStart(Instant now) {
        long length = config.window().toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() / length * length);
    }

    public int limit(Kind kind) {
        return kind == Kind.DRAFT ? config.draftsPerWindow() : config.sendsPerWindow();
    }

    /** The keyed stand-in for the sender's address that a submission keeps (for burst marks). */
    public String senderKey(String address) {
        return address == null ? null : key.hmacHex("sender", address);
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldWindows() {
        entityManager.createNativeQuery("DELETE FROM rate_limit_window WHERE window_start < ?1")
                .setParameter(1, Timestamp.from(windowStart(Instant.now()).minus(config.window())))
                .executeUpdate();
    }
}
