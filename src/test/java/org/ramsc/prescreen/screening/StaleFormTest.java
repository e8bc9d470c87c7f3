package org.ramsc.prescreen.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.web.CsrfTokens;

/**
 * A patient's tab left open, a token that no longer fits, a post from another site: the patient
 * sees the same form again with what they typed, never an empty error page, and nothing is stored.
 */
@QuarkusTest
class StaleFormTest {

    @Test
    void aStepPostedWithAStaleTokenShowsTheSameStepWithTheValuesAsTypedInThePatientsLanguage() {
        Browser patient = new Browser().acceptLanguage("zh-CN");
        StepForms forms = StepForms.example1();
        patient.fill("/screening/step/1", forms.step(1));
        patient.get("/screening/step/2");

        Response response = patient.postWithToken("/screening/step/2", "stale-token-from-an-old-tab", forms.step(2));

        assertThat(response.statusCode()).isEqualTo(422);
        String html = response.asString();
        assertThat(html).contains("lang=\"zh-Hans\"").contains("这个页面打开的时间较长")
                .contains("value=\"4.6\"").containsPattern("value=\"wrist_left\"[^>]*checked");
        // nothing from the refused post was stored: step 2 is still the first open step
        assertThat(patient.get("/screening").header("Location")).endsWith("/screening/step/2");
        // and the fresh token on the page saves the same answers
        assertThat(patient.post("/screening/step/2", forms.step(2)).statusCode()).isEqualTo(303);
        assertThat(patient.get("/screening").header("Location")).endsWith("/screening/step/3");
    }

    @Test
    void aTabLeftOpenKeepsAWorkingTokenForAsLongAsTheDraftLives() {
        Browser patient = new Browser();
        StepForms forms = StepForms.example1();
        patient.fill("/screening/step/1", forms.step(1));
        patient.get("/screening/step/2");
        // hours later: every cookie but the draft's is gone (the draft cookie lives as long as the draft)
        patient.forget(CsrfTokens.SEED_COOKIE);

        Response response = patient.post("/screening/step/2", forms.step(2));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/screening/step/3");
    }

    @Test
    void aTokenOfOneDraftDoesNotSaveAnother() {
        StepForms forms = StepForms.example1();
        Browser victim = new Browser();
        victim.fill("/screening/step/1", forms.step(1));
        Browser attacker = new Browser();
        attacker.fill("/screening/step/1", forms.step(1));
        String attackersToken = attacker.get("/screening/step/2").asString()
                .replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");

        Response response = victim.postWithToken("/screening/step/2", attackersToken, forms.step(2));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(victim.get("/screening").header("Location")).endsWith("/screening/step/2");
    }

    @Test
    void aMadeUpSeedCookieAndTokenPairIsRefused() {
        String seed = "A".repeat(43);
        Response response = given().redirects().follow(false).cookie(CsrfTokens.SEED_COOKIE, seed)
                .contentType("application/x-www-form-urlencoded")
                .body("csrf-token=" + seed + "&age=52&raDiagnosed=yes&diagnosisYear=2015")
                .post("/screening/step/1");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.getCookie(DraftToken.COOKIE)).isNull();
    }

    @Test
    void aBodilessPostToStartAgainIsRefusedWithAStyledPageAndTheDraftIsKept() {
        Browser patient = new Browser();
        patient.fill("/screening/step/1", StepForms.example1().step(1));

        Response response = given().redirects().follow(false).cookie(DraftToken.COOKIE, patient.cookie(DraftToken.COOKIE))
                .post("/screening/restart");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.asString()).contains("<main").contains("This page was open for a while");
        assertThat(patient.get("/screening").header("Location")).endsWith("/screening/step/2");
    }

    @Test
    void aJsonBodyToAPatientFormIsRefused() {
        Browser patient = new Browser();
        patient.fill("/screening/step/1", StepForms.example1().step(1));

        Response response = given().redirects().follow(false).cookie(DraftToken.COOKIE, patient.cookie(DraftToken.COOKIE))
                .contentType("application/json").body("{\"csrf-token\":\"x\"}").post("/screening/restart");

        assertThat(response.statusCode()).isIn(403, 415);
        assertThat(patient.get("/screening").header("Location")).endsWith("/screening/step/2");
    }

    @Test
    void theContactFormPostedWithAStaleTokenKeepsWhatWasTypedAndSendsNothing() {
        Browser patient = new Browser();
        StepForms forms = StepForms.example1();
        for (int n = 1; n <= 6; n++) {
            patient.fill("/screening/step/" + n, forms.step(n));
        }
        patient.get("/screening/review");
        patient.post("/screening/review", List.of());
        patient.get("/screening/send");

        Response response = patient.postWithToken("/screening/send", "expired", List.of(Map.entry("consent", "yes"),
                Map.entry("name", "Wang Fang"), Map.entry("phone", "+86 138 0000 0000"), Map.entry("email", "")));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("value=\"Wang Fang\"").contains("class=\"notice stale-form\"");
        assertThat(patient.get("/screening/sent").header("Location")).endsWith("/screening");
    }

    @Test
    void theJsonEvaluationApiNeedsNoToken() {
        given().contentType("application/json").body("{}").post("/api/v1/evaluations")
                .then().statusCode(400);
    }
}
