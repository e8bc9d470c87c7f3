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

/**
 * Answers in progress, found by the hash of the token in the patient's cookie. The wizard's steps
 * read and write these rows through {@link DraftRows}; the entity serves resume codes.
 */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tokenHash;
    public String lang;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String answers;

    public Instant completedAt;

    /** Set at the first confirmation and kept when answers change later: counts each draft once. */
    public Instant firstCompletedAt;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant expiresAt;

    /** The live draft, locked until the transaction ends, so that two requests for one draft take turns. */
    static Optional<Draft> findLiveForUpdate(String tokenHash, Instant now) {
        return find("tokenHash = ?1 and expiresAt > ?2", tokenHash, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
