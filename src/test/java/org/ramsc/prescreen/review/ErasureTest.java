package org.ramsc.prescreen.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.screening.Browser;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.submission.ReferenceCode;

@QuarkusTest
@TestSecurity(user = "admin1", roles = {"admin", "staff"})
class ErasureTest {

    @Inject
    AgroalDataSource dataSource;

    OneSubmission submission;
    UUID id;

    @BeforeEach
    void insert() throws SQLException {
        submission = new OneSubmission().name("Erase Me");
        id = submission.insert(dataSource);
    }

    @AfterEach
    void delete() throws SQLException {
        OneSubmission.delete(dataSource, id);
    }

    @Test
    void erasesTheSubmissionAndItsNotesAfterTheAdminTypesItsReferenceCode() throws SQLException {
        Browser browser = new Browser();
        browser.get("/staff/submissions/" + id);
        browser.post("/staff/submissions/" + id + "/notes", List.of(Map.entry("body", "asked to be erased")));

        Response confirm = browser.get("/admin/submissions/" + id + "/erase");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.asString()).contains(ReferenceCode.grouped(submission.referenceCode));

        String typed = ReferenceCode.grouped(submission.referenceCode).toLowerCase().replace(" ", "-");
        Response erased = browser.post("/admin/submissions/" + id + "/erase", List.of(Map.entry("confirm", typed)));
        assertThat(erased.statusCode()).isEqualTo(303);
        assertThat(erased.header("Location")).endsWith("/admin/submissions/erased");
        assertThat(OneSubmission.exists(dataSource, id)).isFalse();
        assertThat(browser.get("/staff/submissions/" + id).statusCode()).isEqualTo(404);
        assertThat(AuditRows.forTarget(dataSource, id.toString()))
                .filteredOn(r -> r.action().equals(AuditLog.SUBMISSION_ERASED)).singleElement()
                .isEqualTo(new AuditRows.Row("admin1", AuditLog.SUBMISSION_ERASED, "submission", id.toString(), "notes=1"));
    }

    @Test
    void keepsTheSubmissionWhenTheTypedCodeDoesNotMatch() throws SQLException {
        Browser browser = new Browser();
        browser.get("/admin/submissions/" + id + "/erase");
        Response response = browser.post("/admin/submissions/" + id + "/erase", List.of(Map.entry("confirm", "WRONG123")));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("Nothing was erased").contains("value=\"WRONG123\"");
        assertThat(OneSubmission.exists(dataSource, id)).isTrue();
    }

    @Test
    void refusesAnErasureWithoutTheCsrfToken() throws SQLException {
        Browser browser = new Browser();
        browser.get("/admin/submissions/" + id + "/erase");
        Response response = browser.postWithoutCsrf("/admin/submissions/" + id + "/erase",
                List.of(Map.entry("confirm", submission.referenceCode)));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(OneSubmission.exists(dataSource, id)).isTrue();
    }

    @Test
    @TestSecurity(user = "staff1", roles = {"staff"})
    void isForAdminsOnly() throws SQLException {
        assertThat(given().redirects().follow(false).get("/admin/submissions/" + id + "/erase").statusCode())
                .isEqualTo(403);
        assertThat(new Browser().get("/staff/submissions/" + id).asString()).doesNotContain("/erase");
        assertThat(OneSubmission.exists(dataSource, id)).isTrue();
    }
}
