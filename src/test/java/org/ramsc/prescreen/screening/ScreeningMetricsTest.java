package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.web.MetricsScrape;

/** The screening counters at /q/metrics count drafts, not page views or repeated clicks. */
@QuarkusTest
class ScreeningMetricsTest {

    private static final List<Map.Entry<String, String>> CONTACT = StepForms.fields("consent", "yes",
            "name", "Pat", "email", "pat@example.com");

    @Test
    void countsOneStartedCompletedAndSentScreeningPerDraft() {
        Counts before = Counts.now();
        Browser browser = new Browser();
        assertThat(browser.fill("/screening/step/1", StepForms.fields("age", "200")).statusCode()).isEqualTo(422);
        assertThat(Counts.now().minus(before)).isEqualTo(new Counts(0, 0, 0, 0, 0, 0));

        ResultAndSendTest.complete(browser, StepForms.example1());
        // looking again, confirming the review twice, and changing an answer are all the same screening
        browser.get("/screening/result");
        browser.get("/screening/result");
        browser.get("/screening/review");
        browser.post("/screening/review", List.of());
        browser.fill("/screening/step/4?return=review", StepForms.example1().with(4, "jointFused", "yes").step(4));
        browser.get("/screening/review");
        browser.post("/screening/review", List.of());
        assertThat(browser.get("/screening/result").asString()).contains("data-outcome=\"NOT_SUITABLE_NOW\"");
        assertThat(Counts.now().minus(before)).isEqualTo(new Counts(1, 1, 0, 1, 0, 0));

        browser.get("/screening/send");
        assertThat(browser.post("/screening/send", CONTACT).statusCode()).isEqualTo(303);
        assertThat(browser.post("/screening/send", CONTACT).statusCode()).isEqualTo(303);
        browser.get("/screening/sent");
        assertThat(Counts.now().minus(before)).isEqualTo(new Counts(1, 1, 1, 1, 0, 0));
    }

    @Test
    void countsTheOutcomeOfTheFirstResult() {
        Counts before = Counts.now();
        ResultAndSendTest.complete(new Browser(), StepForms.example1().with(4, "jointFused", "yes"));
        ResultAndSendTest.complete(new Browser(), StepForms.example1().with(2, "scoreKnown", "none")
                .without(2, "scoreValue").with(2, "swollenJoints", "knee_left"));
        assertThat(Counts.now().minus(before)).isEqualTo(new Counts(2, 2, 0, 0, 1, 1));
    }

    @Test
    void aDoubleClickOnSendOrOnConfirmCountsOnce() throws Exception {
        Counts before = Counts.now();
        Browser browser = new Browser();
        StepForms forms = StepForms.example1();
        for (int n = 1; n <= 6; n++) {
            browser.fill("/screening/step/" + n, forms.step(n));
        }
        browser.get("/screening/review");
        CompletableFuture<Response> confirmA = CompletableFuture.supplyAsync(() -> browser.post("/screening/review", List.of()));
        CompletableFuture<Response> confirmB = CompletableFuture.supplyAsync(() -> browser.post("/screening/review", List.of()));
        assertThat(confirmA.get().statusCode()).isEqualTo(303);
        assertThat(confirmB.get().statusCode()).isEqualTo(303);

        browser.get("/screening/send");
        CompletableFuture<Response> sendA = CompletableFuture.supplyAsync(() -> browser.post("/screening/send", CONTACT));
        CompletableFuture<Response> sendB = CompletableFuture.supplyAsync(() -> browser.post("/screening/send", CONTACT));
        assertThat(sendA.get().statusCode()).isEqualTo(303);
        assertThat(sendB.get().statusCode()).isEqualTo(303);
        assertThat(Counts.now().minus(before)).isEqualTo(new Counts(1, 1, 1, 1, 0, 0));
    }

    @Test
    void startingAgainAfterRestartIsANewScreening() {
        Counts before = Counts.now();
        Browser browser = new Browser();
        browser.fill("/screening/step/1", StepForms.example1().step(1));
        browser.fill("/screening/step/2", StepForms.example1().step(2));
        browser.get("/screening/step/2");
        browser.post("/screening/restart", List.of());
        browser.fill("/screening/step/1", StepForms.example1().step(1));
        assertThat(Counts.now().minus(before)).isEqualTo(new Counts(2, 0, 0, 0, 0, 0));
    }

    record Counts(double started, double completed, double sent, double discuss, double discussAfterReview,
            double notSuitableNow) {

        static Counts now() {
            MetricsScrape metrics = MetricsScrape.now();
            return new Counts(metrics.value("prescreen_screenings_started_total"),
                    metrics.value("prescreen_screenings_completed_total"),
                    metrics.value("prescreen_screenings_sent_total"),
                    metrics.value("prescreen_screening_outcomes_total", "outcome", "DISCUSS"),
                    metrics.value("prescreen_screening_outcomes_total", "outcome", "DISCUSS_AFTER_REVIEW"),
                    metrics.value("prescreen_screening_outcomes_total", "outcome", "NOT_SUITABLE_NOW"));
        }

        Counts minus(Counts o) {
            return new Counts(started - o.started, completed - o.completed, sent - o.sent, discuss - o.discuss,
                    discussAfterReview - o.discussAfterReview, notSuitableNow - o.notSuitableNow);
        }
    }
}
