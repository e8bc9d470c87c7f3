package org.ramsc.prescreen.api.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.review.AuditRows;
import org.ramsc.prescreen.review.OneSubmission;
import org.ramsc.prescreen.security.AuditLog;

/** The staff FHIR exports, read back with HAPI as a clinic system would, and validated against R4. */
@QuarkusTest
@TestSecurity(user = "staff1", roles = {"staff"})
class SubmissionFhirExportTest {

    private static FhirValidation validation;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FhirContext fhir;

    final List<UUID> ids = new ArrayList<>();
    OneSubmission first;

    @BeforeAll
    static void validator() {
        FhirContext context = FhirContext.forR4();
        validation = new FhirValidation(context, new QuestionnaireFhirMapper(Messages.get()).toFhir(Year.now()));
    }

    @BeforeEach
    void insert() throws SQLException {
        first = new OneSubmission().name("黃大文").createdAt(Instant.parse("2002-03-10T02:00:00Z"));
        first.lang = "zh-Hant";
        ids.add(first.insert(dataSource));
        ids.add(new OneSubmission().createdAt(Instant.parse("2002-03-09T02:00:00Z")).insert(dataSource));
        ids.add(new OneSubmission().createdAt(Instant.parse("2002-03-08T02:00:00Z")).status("closed")
                .insert(dataSource));
    }

    @AfterEach
    void delete() throws SQLException {
        for (UUID id : ids) {
            OneSubmission.delete(dataSource, id);
        }
    }

    @Test
    void servesAStoredSubmissionAsAValidQuestionnaireResponse() throws SQLException {
        Response response = given().get("/fhir/QuestionnaireResponse/" + first.id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");

        QuestionnaireResponse parsed = fhir.newJsonParser().parseResource(QuestionnaireResponse.class,
                response.asString());
        assertThat(parsed.getIdentifier().getValue()).isEqualTo(first.referenceCode);
        assertThat(parsed.getQuestionnaire()).isEqualTo(Questionnaire.CANONICAL_URL + "|1");
        assertThat(parsed.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(parsed.getLanguage()).isEqualTo("zh-Hant");
        assertThat(parsed.getContained()).singleElement().isInstanceOf(Observation.class);
        assertThat(((Observation) parsed.getContained().get(0)).getComponent()).hasSize(16);
        assertThat(response.asString()).doesNotContain("黃大文").doesNotContain("5555");
        assertThat(validation.errors(response.asString())).isEmpty();
        assertThat(AuditRows.forTarget(dataSource, first.id.toString()))
                .contains(new AuditRows.Row("staff1", AuditLog.SUBMISSION_EXPORTED, "submission",
                        first.id.toString(), "format=fhir"));
    }

    @Test
    void offersTheSameResponseAsADownloadFromTheDetailPage() {
        Response response = given().get("/staff/submissions/" + first.id + "/fhir.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).startsWith("attachment;");
        QuestionnaireResponse parsed = fhir.newJsonParser().parseResource(QuestionnaireResponse.class,
                response.asString());
        assertThat(parsed.getIdElement().getIdPart()).isEqualTo(first.id.toString());
    }

    @Test
    void exportsTheFilteredSubmissionsAsAValidBundle() throws SQLException {
        int before = AuditRows.forAction(dataSource, AuditLog.SUBMISSION_EXPORTED).size();
        Response response = given().urlEncodingEnabled(false)
                .get("/staff/export.fhir.json?from=2002-03-01&to=2002-03-31&status=new");
        assertThat(response.statusCode()).isEqualTo(200);
        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, response.asString());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(bundle.getEntry()).hasSize(2);
        assertThat(bundle.getEntry().get(0).getFullUrl()).isEqualTo("urn:uuid:" + first.id);
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.getResource()).isInstanceOf(QuestionnaireResponse.class));
        assertThat(validation.errors(response.asString())).isEmpty();

        List<AuditRows.Row> audit = AuditRows.forAction(dataSource, AuditLog.SUBMISSION_EXPORTED);
        assertThat(audit).hasSize(before + 1);
        assertThat(audit.get(audit.size() - 1).detail()).isEqualTo("format=fhir status=new from=2002-03-01 to=2002-03-31");
    }

    @Test
    void exportsAnEmptyBundleWhenNothingMatches() {
        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, given().urlEncodingEnabled(false)
                .get("/staff/export.fhir.json?from=1990-01-01&to=1990-01-02").asString());
        assertThat(bundle.getEntry()).isEmpty();
    }

    @Test
    void answersAnUnknownOrMalformedIdWithA404InJson() {
        for (String id : List.of(UUID.randomUUID().toString(), "nope")) {
            Response response = given().get("/fhir/QuestionnaireResponse/" + id);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.asString()).startsWith("{").doesNotContain("Exception");
        }
    }

    @Test
    @TestSecurity
    void isClosedToAnonymousClients() {
        Response response = given().redirects().follow(false).get("/fhir/QuestionnaireResponse/" + first.id);
        assertThat(response.statusCode()).isIn(401, 302, 303, 403);
        assertThat(response.asString()).doesNotContain(first.referenceCode);
    }
}
