package org.ramsc.prescreen.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.screening.Browser;
import org.ramsc.prescreen.security.StaffBrowser;
import org.ramsc.prescreen.security.TestAccounts;
import org.ramsc.prescreen.submission.ReferenceCode;

/**
 * HTTP timings at /q/metrics name the endpoint, never the path a client sent: ids, codes and made-up
 * paths must not become label values (each would be a new time series, and some are personal).
 */
@QuarkusTest
class HttpMetricsTest {

    private static final String TIMINGS = "http_server_requests_seconds_count";

    @Inject
    TestAccounts accounts;

    @Test
    void timesRequestsPerUriTemplate() {
        String id = UUID.randomUUID().toString();
        String code = ReferenceCode.generate();
        String madeUp = "made-up-" + UUID.randomUUID();

        Browser patient = new Browser();
        patient.get("/screening/step/1");
        patient.get("/screening/step/2");
        patient.get("/screening/step/" + code);
        patient.get("/" + madeUp);
        patient.get("/fhir/Questionnaire/" + code);
        StaffBrowser staff = new StaffBrowser();
        staff.get("/staff/submissions/" + id);
        staff.signIn(accounts.staff(), TestAccounts.PASSWORD);
        staff.get("/staff/submissions/" + id);
        staff.get("/staff?q=" + code);
        staff.get("/fhir/QuestionnaireResponse/" + id);
        // refused before any endpoint is chosen: too large a body for a path no endpoint has
        try {
            given().contentType("application/x-www-form-urlencoded").body("x=" + "a".repeat(300_000))
                    .post("/" + madeUp + "/upload");
        } catch (Exception closedMidBody) {
            // the server answers 413 and may close the connection before the client has written
            // the whole body: on a busy machine the client then sees a broken pipe instead
            assertThat(closedMidBody).isInstanceOf(java.net.SocketException.class);
        }

        Set<String> uris = MetricsScrape.now().withName(TIMINGS).stream()
                .map(sample -> sample.labels().get("uri")).collect(Collectors.toSet());
        assertThat(uris).contains("/screening/step/{n}", "/staff/submissions/{id}", "/staff",
                "/fhir/Questionnaire/{id}", "/fhir/QuestionnaireResponse/{id}", "NOT_FOUND");
        for (String uri : uris) {
            assertThat(uri).doesNotContain(id, code, madeUp)
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-")
                    .doesNotContain("?");
        }
    }

    @Test
    void timingsCarryMethodStatusAndOutcome() {
        new Browser().get("/screening/step/1");
        List<MetricsScrape.Sample> samples = MetricsScrape.now().withName(TIMINGS).stream()
                .filter(s -> "/screening/step/{n}".equals(s.labels().get("uri"))
                        && "GET".equals(s.labels().get("method")) && "200".equals(s.labels().get("status")))
                .toList();
        assertThat(samples).singleElement()
                .satisfies(s -> assertThat(s.labels()).containsEntry("outcome", "SUCCESS"))
                .satisfies(s -> assertThat(s.value()).isPositive());
        assertThat(MetricsScrape.now().withName("http_server_requests_seconds_sum")).isNotEmpty();
    }
}
