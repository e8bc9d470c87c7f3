package org.ramsc.prescreen.screening;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The draft table as the wizard reads and writes it on every step, in plain SQL: one statement to
 * read a draft, one to write it, with no entity loaded, dirty-checked or flushed. Inside a
 * transaction these statements run on its connection (with the rest of it: the patient limits,
 * the commit); outside one, a read is one statement on its own. The {@link Draft} entity stays for
 * the rarer path of resume codes.
 */
@ApplicationScoped
public class DraftRows {

    @Inject AgroalDataSource dataSource;

    /** A draft's row as the wizard needs it; {@code answers} is the JSON text. */
    public record Row(UUID id, String answers, boolean completed, boolean firstCompleted) {
    }

    /** The live draft with this token hash. */
    Optional<Row> findLive(String tokenHash, Instant now) {
        return find("SELECT id, answers::text, completed_at IS NOT NULL, first_completed_at IS NOT NULL"
                + " FROM draft WHERE token_hash = ? AND expires_at > ?", tokenHash, now);
    }

    /** The same, its row locked until the transaction ends, so that two requests for one draft take turns. */
    Optional<Row> findLiveForUpdate(String tokenHash, Instant now) {
        return find("SELECT id, answers::text, completed_at IS NOT NULL, first_completed_at IS NOT NULL"
                + " FROM draft WHERE token_hash = ? AND expires_at > ? FOR UPDATE", tokenHash, now);
    }

    /**
     * Locks the draft's row, live or not, until the transaction ends; false when it is gone (sent
     * or deleted by a request that held the lock before).
     */
    boolean lock(String tokenHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT 1 FROM draft WHERE token_hash = ? FOR UPDATE")) {
            statement.setString(1, tokenHash);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("draft query failed", e);
        }
    }

    /** A new draft, not yet confirmed. */
    void insert(UUID id, String tokenHash, String answers, String lang, Instant now, Instant expiresAt) {
        update("INSERT INTO draft (id, token_hash, lang, answers, created_at, updated_at, expires_at)"
                + " VALUES (?, ?, ?, ?::jsonb, ?, ?, ?)", id, tokenHash, lang, answers, at(now), at(now), at(expiresAt));
    }

    /** New answers: the draft is no longer confirmed, and lives {@code expiresAt} from now. */
    void updateAnswers(UUID id, String answers, String lang, Instant now, Instant expiresAt) {
        update("UPDATE draft SET answers = ?::jsonb, lang = ?, completed_at = NULL, updated_at = ?, expires_at = ?"
                + " WHERE id = ?", answers, lang, at(now), at(expiresAt), id);
    }

    /** The review page confirmed; the first confirmation is kept when answers change later. */
    void markCompleted(UUID id, Instant now) {
        update("UPDATE draft SET completed_at = ?, first_completed_at = COALESCE(first_completed_at, ?) WHERE id = ?",
                at(now), at(now), id);
    }

    int deleteByTokenHash(String tokenHash) {
        return update("DELETE FROM draft WHERE token_hash = ?", tokenHash);
    }

    int deleteExpired(Instant now) {
        return update("DELETE FROM draft WHERE expires_at <= ?", at(now));
    }

    /**
     * A draft is the patient's work in progress, not a record: if PostgreSQL itself crashed in the
     * fraction of a second after a step was saved, losing that one step is acceptable, and not
     * waiting for the disk on every step is what lets many patients answer at once. Submissions
     * keep the default, fully durable commit. Applies to the caller's transaction.
     */
    void commitWithoutWaitingForDisk() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL synchronous_commit = off");
        } catch (SQLException e) {
            throw new IllegalStateException("draft statement failed", e);
        }
    }

    private Optional<Row> find(String sql, String tokenHash, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, tokenHash);
            statement.setObject(2, at(now));
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                        rs.getBoolean(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("draft query failed", e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("draft statement failed", e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
