package org.ramsc.prescreen.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.screening.Browser;
import org.ramsc.prescreen.security.AuditEvent;
import org.ramsc.prescreen.security.AuditLog;

/**
 * Finding 8 of issue 10: queue pages and name searches left no audit row, and an export recorded
 * only its filters. Now every view of patient data names who, from where and which submissions.
 */
@QuarkusTest
@TestSecurity(user = "audit-viewer", roles = {"staff"})
class AuditOfPatientDataViewsTest {

    private static final String ACTOR = "audit-viewer";
    private static final String ADDRESS = "198.18.0.7";

    @Inject
    AgroalDataSource dataSource;

    String name;
    UUID first;
    UUID second;

    @BeforeEach
    void insert() throws SQLException {
        name = "Probe" + (System.nanoTime() % 100_000_000);
        first = new OneSubmission().name(name).insert(dataSource);
        second = new OneSubmission().name(name).insert(dataSource);
    }

    @AfterEach
    void delete() throws SQLException {
        OneSubmission.delete(dataSource, first);
        OneSubmission.delete(dataSource, second);
    }

    @Test
    void auditsANameSearchWithTheSubmissionsItShowedButNotWhatWasSearched() {
        long after = lastId();
        assertThat(browser().get("/staff?q=" + encode(name)).statusCode()).isEqualTo(200);

        AuditEvent row = single(after, AuditLog.SUBMISSIONS_LISTED);
        assertThat(row.submissionIds).containsExactlyInAnyOrder(first, second);
        assertThat(row.submissionCount).isEqualTo(2);
        assertThat(row.detail).startsWith("page=search").doesNotContain(name).doesNotContain("Probe");
        assertThat(row.remoteAddr).isEqualTo(ADDRESS);
        assertThat(row.occurredAt).isNotNull();
    }

    @Test
    void auditsEveryQueuePageWithItsRows() {
        long after = lastId();
        String page = browser().get("/staff").asString();

        AuditEvent row = single(after, AuditLog.SUBMISSIONS_LISTED);
        assertThat(row.detail).startsWith("page=queue");
        assertThat(row.submissionCount).isEqualTo(row.submissionIds.length).isPositive();
        for (UUID id : row.submissionIds) {
            assertThat(page).contains("/staff/submissions/" + id);
        }
    }

    @Test
    void auditsACsvExportWithTheCountAndTheIdsOfEveryRowThatLeft() {
        long after = lastId();
        String csv = browser().get("/staff/export.csv?q=" + encode(name)).asString();
        assertThat(csv).contains(name);

        AuditEvent row = single(after, AuditLog.SUBMISSION_EXPORTED);
        assertThat(row.submissionCount).isEqualTo(2);
        assertThat(row.submissionIds).containsExactlyInAnyOrder(first, second);
        assertThat(row.detail).startsWith("format=csv").doesNotContain(name);
    }

    @Test
    void auditsAFhirExportWithTheIdsOfEveryResource() {
        long after = lastId();
        assertThat(browser().get("/staff/export.fhir.json?q=" + encode(name)).statusCode()).isEqualTo(200);

        AuditEvent row = single(after, AuditLog.SUBMISSION_EXPORTED);
        assertThat(row.submissionIds).containsExactlyInAnyOrder(first, second);
        assertThat(row.detail).startsWith("format=fhir");
    }

    @Test
    void auditsADetailViewWithItsSubmission() {
        long after = lastId();
        browser().get("/staff/submissions/" + first);

        AuditEvent row = single(after, AuditLog.SUBMISSION_VIEWED);
        assertThat(row.submissionIds).containsExactly(first);
        assertThat(row.remoteAddr).isEqualTo(ADDRESS);
    }

    private static Browser browser() {
        return new Browser().from(ADDRESS);
    }

    private static long lastId() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find("order by id desc")
                .firstResultOptional().map(e -> e.id).orElse(0L));
    }

    private static AuditEvent single(long after, String action) {
        List<AuditEvent> rows = QuarkusTransaction.requiringNew().call(() -> AuditEvent.list(
                "id > ?1 and actor = ?2 and action = ?3", after, ACTOR, action));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
