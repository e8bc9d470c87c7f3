package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WizardFlowTest {

    @Test
    void walksAllSixStepsToTheReviewPage() {
        Browser browser = new Browser();
        StepForms forms = StepForms.example1();
        for (int n = 1; n <= 6; n++) {
            Response response = browser.fill("/screening/step/" + n, forms.step(n));
            assertThat(response.statusCode()).as("step %d: %s", n, response.asString()).isEqualTo(303);
            assertThat(response.header("Location")).endsWith(n < 6 ? "/screening/step/" + (n + 1) : "/screening/review");
        }
        Response review = browser.get("/screening/review");
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.asString()).contains("/screening/step/3?return=review#q-csdmardOutcome");
    }

    @Test
    void keepsEnteredValuesAndShowsErrorsWhenAStepIsInvalid() {
        Browser browser = new Browser();
        Response response = browser.fill("/screening/step/1", StepForms.fields("age", "130", "raDiagnosed", "maybe"));
        assertThat(response.statusCode()).isEqualTo(422);
        String html = response.asString();
        assertThat(html).contains("id=\"error-summary\"").contains("value=\"130\"")
                .contains("Please enter a number from 0 to 120.").contains("Please choose one of the options shown.");
        assertThat(browser.cookie(DraftToken.COOKIE)).isNull();
    }

    @Test
    void refusesAPostWithoutCsrfToken() {
        Browser browser = new Browser();
        browser.get("/screening/step/1");
        Response response = browser.postWithoutCsrf("/screening/step/1", StepForms.example1().step(1));
        // the same step again, with what was typed and a fresh token: nothing stored
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("value=\"52\"").contains("class=\"notice stale-form\"");
        assertThat(browser.cookie(DraftToken.COOKIE)).isNull();
    }

    @Test
    void sendsASkippedStepBackToTheFirstOpenOne() {
        Browser browser = new Browser();
        browser.fill("/screening/step/1", StepForms.example1().step(1));
        Response response = browser.fill("/screening/step/4", StepForms.example1().step(4));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/screening/step/2");
    }

    @Test
    void refusesUnknownFields() {
        Browser browser = new Browser();
        Response response = browser.fill("/screening/step/1",
                List.of(java.util.Map.entry("age", "50"), java.util.Map.entry("isAdmin", "true")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).doesNotContain("Exception").contains("<html");
    }
}
