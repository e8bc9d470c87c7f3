package org.ramsc.prescreen.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.security.AuditLog;

/**
 * Retention with a fixed "now" of 2001-06-01: with the default period of 365 days, everything
 * created before 2000-06-01T00:00Z has expired. Rows from other tests are far newer and stay.
 */
@QuarkusTest
class RetentionTest {

    static final Instant NOW = Instant.parse("2001-06-01T00:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RetentionService retention;

    UUID longExpired;
    UUID justExpired;
    UUID justKept;
    UUID recent;

    @AfterEach
    void delete() throws SQLException {
        for (UUID id : new UUID[] {longExpired, justExpired, justKept, recent}) {
            if (id != null) {
                OneSubmission.delete(dataSource, id);
            }
        }
    }

    @Test
    void deletesExactlyTheSubmissionsOlderThanTheRetentionPeriodAndAuditsEach() throws SQLException {
        longExpired = new OneSubmission().createdAt(Instant.parse("2000-01-15T10:00:00Z")).insert(dataSource);
        justExpired = new OneSubmission().createdAt(Instant.parse("2000-05-31T23:59:59Z")).insert(dataSource);
        justKept = new OneSubmission().createdAt(Instant.parse("2000-06-01T00:00:01Z")).insert(dataSource);
        recent = new OneSubmission().createdAt(Instant.parse("2001-05-01T00:00:00Z")).insert(dataSource);
        addNote(longExpired);

        int deleted = retention.expire(NOW);

        assertThat(deleted).isEqualTo(2);
        assertThat(OneSubmission.exists(dataSource, longExpired)).isFalse();
        assertThat(OneSubmission.exists(dataSource, justExpired)).isFalse();
        assertThat(OneSubmission.exists(dataSource, justKept)).isTrue();
        assertThat(OneSubmission.exists(dataSource, recent)).isTrue();
        assertThat(count("SELECT count(*) FROM submission_note WHERE submission_id = '" + longExpired + "'")).isZero();
        for (UUID id : List.of(longExpired, justExpired)) {
            assertThat(AuditRows.forTarget(dataSource, id.toString())).containsExactly(new AuditRows.Row(
                    RetentionService.ACTOR, AuditLog.SUBMISSION_EXPIRED, "submission", id.toString(), "retention=PT8760H"));
        }
        assertThat(AuditRows.forTarget(dataSource, justKept.toString())).isEmpty();
        assertThat(retention.expire(NOW)).isZero();
    }

    @Test
    void worksThroughABacklogLargerThanOneBatch() throws SQLException {
        new GeneratedSubmissions(1_201, Instant.parse("1999-12-31T00:00:00Z"), 60).insert(dataSource);
        recent = new OneSubmission().createdAt(Instant.parse("2001-05-01T00:00:00Z")).insert(dataSource);
        int auditedBefore = AuditRows.forAction(dataSource, AuditLog.SUBMISSION_EXPIRED).size();

        assertThat(retention.expire(NOW)).isEqualTo(1_201);

        assertThat(count("SELECT count(*) FROM submission WHERE draft_token_hash LIKE 'generated:%'")).isZero();
        assertThat(OneSubmission.exists(dataSource, recent)).isTrue();
        assertThat(AuditRows.forAction(dataSource, AuditLog.SUBMISSION_EXPIRED)).hasSize(auditedBefore + 1_201);
    }

    private void addNote(UUID submission) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("INSERT INTO submission_note"
                        + " (id, submission_id, author, body, created_at) VALUES (?, ?, 'staff1', 'called', now())")) {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, submission);
            statement.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
