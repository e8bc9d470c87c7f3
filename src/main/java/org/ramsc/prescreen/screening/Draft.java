package org.ramsc.prescreen.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Answers in progress, found by the hash of the token in the patient's cookie. */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(nullable = false)
    public String lang;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String answers;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** Set at the first confirmation and kept when answers change later: counts each draft once. */
    @Column(name = "first_completed_at")
    public Instant firstCompletedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    static Optional<Draft> findLive(String tokenHash, Instant now) {
        return find("tokenHash = ?1 and expiresAt > ?2", tokenHash, now).firstResultOptional();
    }

    /**
     * Locks the draft's row, live or not, until the transaction ends; empty when it is gone (sent
     * or deleted by a request that held the lock before).
     */
    static Optional<Draft> lock(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The same, locked until the transaction ends, so that two requests for one draft take turns. */
    static Optional<Draft> findLiveForUpdate(String tokenHash, Instant now) {
        return find("tokenHash = ?1 and expiresAt > ?2", tokenHash, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
