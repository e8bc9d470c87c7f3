package org.ramsc.prescreen.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.screening.Browser;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.submission.SubmissionStatus;

@QuarkusTest
@TestSecurity(user = "staff1", roles = {"staff"})
class SubmissionDetailTest {

    @Inject
    AgroalDataSource dataSource;

    UUID id;
    String path;

    @BeforeEach
    void insert() throws SQLException {
        id = new OneSubmission().name("Lin Mei-ling").insert(dataSource);
        path = "/staff/submissions/" + id;
    }

    @AfterEach
    void delete() throws SQLException {
        OneSubmission.delete(dataSource, id);
    }

    @Test
    void viewingASubmissionWritesAnAuditRowNamingTheStaffMember() throws SQLException {
        Response response = new Browser().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.asString()).contains("Lin Mei-ling").contains("+852 5555 0101");
        assertThat(AuditRows.forTarget(dataSource, id.toString()))
                .contains(new AuditRows.Row("staff1", AuditLog.SUBMISSION_VIEWED, "submission", id.toString(), null));
        assertThat(one("SELECT remote_addr FROM audit_event WHERE target_id = ?::text AND action = 'submission.viewed'"))
                .containsOnly("127.0.0.1");
    }

    @Test
    void showsEveryAnswerAndRuleInTheStaffMembersLanguageRatherThanThePatients() {
        String html = new Browser().acceptLanguage("zh-Hant").get(path).asString();
        Messages m = Messages.get();
        assertThat(html).contains(m.text(Lang.ZH_HANT, "q.age.label"))
                .contains(m.text(Lang.ZH_HANT, "q.raDiagnosed.label"))
                .contains(m.text(Lang.ZH_HANT, "rules.R01.title"))
                .contains(m.text(Lang.ZH_HANT, OneSubmission.EVALUATION.results().get(0).reasonKey()))
                .contains(m.text(Lang.ZH_HANT, "review.detail.das28_esr")).contains("4.83")
                .doesNotContain(m.text(Lang.EN, "q.age.label"));
    }

    @Test
    void answersAnIdThatIsNotAUuidOrUnknownWithA404Page() {
        for (String bad : List.of("/staff/submissions/42", "/staff/submissions/not-a-uuid",
                "/staff/submissions/" + UUID.randomUUID())) {
            Response response = new Browser().get(bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(404);
            assertThat(response.asString()).contains("<html").doesNotContain("Exception");
        }
    }

    @Test
    void movesThroughTheWorkflowAndKeepsTheHistory() throws SQLException {
        Browser browser = new Browser();
        browser.get(path);
        Response first = browser.post(path + "/status", List.of(Map.entry("status", "in_review")));
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.header("Location")).endsWith(path + "#status");
        browser.get(path);
        assertThat(browser.post(path + "/status", List.of(Map.entry("status", "contacted"))).statusCode())
                .isEqualTo(303);

        assertThat(status()).isEqualTo("contacted");
        assertThat(history()).containsExactly("new>in_review by staff1", "in_review>contacted by staff1");
        String html = browser.get(path).asString();
        assertThat(html).contains("New → In review").contains("In review → Contacted");
        assertThat(AuditRows.forTarget(dataSource, id.toString())).filteredOn(r -> r.action().equals(AuditLog.SUBMISSION_STATUS))
                .extracting(AuditRows.Row::detail).containsExactly("from=new to=in_review", "from=in_review to=contacted");
    }

    @Test
    void refusesAnIllegalStatusChangeWith422AndAMessage() throws SQLException {
        Browser browser = new Browser();
        browser.get(path);
        Response response = browser.post(path + "/status", List.of(Map.entry("status", "closed")));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("This status change is not allowed from the current status.");
        assertThat(status()).isEqualTo("new");
        assertThat(history()).isEmpty();
    }

    @Test
    void canWithdrawFromAnyStateButNotLeaveWithdrawn() throws SQLException {
        Browser browser = new Browser();
        browser.get(path);
        assertThat(browser.post(path + "/status", List.of(Map.entry("status", "withdrawn"))).statusCode())
                .isEqualTo(303);
        browser.get(path);
        assertThat(browser.post(path + "/status", List.of(Map.entry("status", "in_review"))).statusCode())
                .isEqualTo(422);
        assertThat(status()).isEqualTo("withdrawn");
        for (SubmissionStatus from : SubmissionStatus.values()) {
            assertThat(from.canMoveTo(SubmissionStatus.WITHDRAWN)).as(from.name())
                    .isEqualTo(from != SubmissionStatus.WITHDRAWN);
        }
    }

    @Test
    void recordsNotesWithAuthorAndTimeAndEscapesTheirText() throws SQLException {
        Browser browser = new Browser();
        browser.get(path);
        Response response = browser.post(path + "/notes",
                List.of(Map.entry("body", "Called, no answer. <b>Try again</b> Friday.")));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith(path + "#notes");
        String html = browser.get(path).asString();
        assertThat(html).contains("Called, no answer. &lt;b&gt;Try again&lt;/b&gt; Friday.")
                .contains("<strong>staff1</strong>");
        assertThat(AuditRows.forTarget(dataSource, id.toString())).filteredOn(r -> r.action().equals(AuditLog.SUBMISSION_NOTE))
                .singleElement().satisfies(r -> assertThat(r.detail()).startsWith("note=").doesNotContain("Called"));
    }

    @Test
    void refusesAnEmptyNoteWith422AndKeepsWhatWasTyped() throws SQLException {
        Browser browser = new Browser();
        browser.get(path);
        Response response = browser.post(path + "/notes", List.of(Map.entry("body", "   ")));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("Please write the note before saving it.");
        String tooLong = "x".repeat(SubmissionNote.MAX_LENGTH + 1);
        Response long422 = browser.post(path + "/notes", List.of(Map.entry("body", tooLong)));
        assertThat(long422.statusCode()).isEqualTo(422);
        assertThat(long422.asString()).contains(tooLong);
        assertThat(noteCount()).isZero();
    }

    @Test
    void refusesStatusAndNotePostsWithoutTheCsrfToken() throws SQLException {
        Browser browser = new Browser();
        browser.get(path);
        assertThat(browser.postWithoutCsrf(path + "/status", List.of(Map.entry("status", "in_review"))).statusCode())
                .isEqualTo(403);
        assertThat(browser.postWithoutCsrf(path + "/notes", List.of(Map.entry("body", "hello"))).statusCode())
                .isEqualTo(403);
        assertThat(status()).isEqualTo("new");
        assertThat(noteCount()).isZero();
    }

    private String status() throws SQLException {
        return one("SELECT status FROM submission WHERE id = ?").get(0);
    }

    private List<String> history() throws SQLException {
        return one("SELECT from_status || '>' || to_status || ' by ' || changed_by FROM submission_status_change"
                + " WHERE submission_id = ? ORDER BY changed_at");
    }

    private long noteCount() throws SQLException {
        return Long.parseLong(one("SELECT count(*) FROM submission_note WHERE submission_id = ?").get(0));
    }

    private List<String> one(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
