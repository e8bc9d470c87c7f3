package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.submission.Submission;

/** "Save and continue later" and /screening/resume, between clients that share no cookies. */
@QuarkusTest
class ResumeTest {

    private static final Pattern CODE = Pattern.compile("data-resume-code=\"([A-Z0-9-]+)\"");

    private static Browser patientAfterStep(int steps) {
        Browser browser = new Browser();
        StepForms forms = StepForms.example1();
        for (int n = 1; n <= steps; n++) {
            assertThat(browser.fill("/screening/step/" + n, forms.step(n)).statusCode()).isEqualTo(303);
        }
        return browser;
    }

    private static String saveCode(Browser browser) {
        browser.get("/screening/save");
        Response saved = browser.post("/screening/save", List.of());
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.header("Cache-Control")).contains("no-store");
        Matcher code = CODE.matcher(saved.asString());
        assertThat(code.find()).as(saved.asString()).isTrue();
        return code.group(1);
    }

    private static Response resume(Browser browser, String code, boolean endOther) {
        browser.get("/screening/resume");
        return browser.post("/screening/resume", endOther ? StepForms.fields("code", code, "endOther", "yes")
                : StepForms.fields("code", code));
    }

    @Test
    void theCodeHasAtLeastFiftyBitsAndNoLookAlikeCharacters() {
        assertThat(ResumeCode.bits()).isGreaterThanOrEqualTo(50);
        assertThat(ResumeCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
        String code = ResumeCode.generate();
        assertThat(ResumeCode.grouped(code)).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(ResumeCode.normalize(" " + ResumeCode.grouped(code).toLowerCase().replace('-', ' ')))
                .contains(code);
        assertThat(ResumeCode.normalize("ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ")).contains("ABCDEFGHJKMN");
        assertThat(ResumeCode.normalize("ABCD-EFGH-JKM0")).isEmpty();
    }

    @Test
    void theSavePageShowsTheCodeGroupedAndItsQrCode() {
        Browser browser = patientAfterStep(2);
        browser.get("/screening/save");
        Response saved = browser.post("/screening/save", List.of());
        String html = saved.asString();
        assertThat(html).containsPattern("data-resume-code=\"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}\"")
                .contains("<svg").contains("class=\"qr\"").contains("/screening/resume?code=")
                .doesNotContain("<script").doesNotContain("style=");
    }

    @Test
    void onlyAKeyedHashOfTheCodeIsStored() {
        Browser browser = patientAfterStep(1);
        String code = saveCode(browser).replace("-", "");
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) Submission.getEntityManager()
                .createNativeQuery("SELECT string_agg(code_hash || ' ' || encrypted_token, ',') FROM resume_code")
                .getSingleResult());
        assertThat(stored).doesNotContain(code).doesNotContain(browser.cookie(DraftToken.COOKIE));
        // a plain hash of the code is not what is stored: the installation key is needed to test a guess
        assertThat(stored).doesNotContain(DraftToken.hash(code));
    }

    @Test
    void anotherDeviceContinuesAtTheRightStepWithTheSameAnswers() {
        Browser phone = patientAfterStep(3);
        String code = saveCode(phone);

        Browser laptop = new Browser().acceptLanguage("zh-Hans");
        assertThat(laptop.get("/screening/resume?code=" + code.replace("-", "").toLowerCase()).asString())
                .as("the QR code's link fills in the code").contains("value=\"" + code + "\"");
        Response resumed = resume(laptop, code, false);
        assertThat(resumed.statusCode()).isEqualTo(303);
        assertThat(resumed.header("Location")).endsWith("/screening");
        assertThat(laptop.get("/screening").header("Location")).endsWith("/screening/step/4");
        assertThat(laptop.get("/screening/step/1").asString()).contains("value=\"52\"");
        // without the box ticked, the first device keeps its access
        assertThat(phone.get("/screening").header("Location")).endsWith("/screening/step/4");
    }

    @Test
    void resumingCanEndTheOtherDevicesAccess() {
        Browser shared = patientAfterStep(2);
        String oldToken = shared.cookie(DraftToken.COOKIE);
        String code = saveCode(shared);

        Browser own = new Browser();
        assertThat(resume(own, code, true).statusCode()).isEqualTo(303);
        assertThat(own.cookie(DraftToken.COOKIE)).isNotEqualTo(oldToken);
        assertThat(own.get("/screening").header("Location")).endsWith("/screening/step/3");

        // the old cookie finds nothing any more: the shared computer starts afresh
        assertThat(shared.get("/screening").header("Location")).endsWith("/screening/step/1");
        assertThat(shared.get("/screening/step/1").asString()).doesNotContain("value=\"52\"");
        // and the code still works for the patient
        assertThat(resume(new Browser(), code, false).statusCode()).isEqualTo(303);
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        Browser browser = patientAfterStep(1);
        String first = saveCode(browser);
        String second = saveCode(browser);
        assertThat(resume(new Browser().header("X-Forwarded-For", "198.51.100.21"), first, false).statusCode())
                .isEqualTo(422);
        assertThat(resume(new Browser(), second, false).statusCode()).isEqualTo(303);
    }

    @Test
    void aCodeEndsWithItsDraft() {
        Browser browser = patientAfterStep(1);
        String code = saveCode(browser);
        QuarkusTransaction.requiringNew().run(() -> Draft.update("expiresAt = ?1 where tokenHash = ?2",
                java.time.Instant.now().minusSeconds(1), DraftToken.hash(browser.cookie(DraftToken.COOKIE))));
        Response refused = resume(new Browser().header("X-Forwarded-For", "198.51.100.22"), code, false);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("That code is not right, or it has expired");
    }

    @Test
    void guessingIsStoppedPerAddressEvenForTheRightCode() {
        Browser patient = patientAfterStep(1);
        String code = saveCode(patient);
        Browser guesser = new Browser().header("X-Forwarded-For", "203.0.113.77");
        for (int i = 0; i < 9; i++) {
            assertThat(resume(guesser, "ABCD-EFGH-JKMN", false).statusCode()).as("guess %d", i).isEqualTo(422);
        }
        Response tenth = resume(guesser, "ABCD-EFGH-JKMP", false);
        assertThat(tenth.statusCode()).isEqualTo(429);
        assertThat(tenth.asString()).contains("Too many wrong codes");
        assertThat(resume(guesser, code, false).statusCode()).as("locked, right code or not").isEqualTo(429);
        assertThat(resume(new Browser().header("X-Forwarded-For", "203.0.113.78"), code, false).statusCode())
                .as("another address is not affected").isEqualTo(303);
    }

    @Test
    void withNothingAnsweredThereIsNothingToSave() {
        Browser browser = new Browser().acceptLanguage("zh-Hant");
        String page = browser.get("/screening/save").asString();
        assertThat(page).contains("目前還沒有可儲存的內容").doesNotContain("action=\"/screening/save\"");
        browser.get("/screening/step/1"); // for a CSRF token
        assertThat(browser.post("/screening/save", List.of()).header("Location")).endsWith("/screening/save");
    }

    @Test
    void everyStepAndTheResultOfferToSave() {
        Browser browser = patientAfterStep(1);
        // on a step it is a button of the step form, so that what is typed is kept first
        assertThat(browser.get("/screening/step/2").asString()).contains("name=\"nav\" value=\"save\"");
        Response result = ResultAndSendTest.complete(new Browser(), StepForms.example1());
        assertThat(result.asString()).contains("href=\"/screening/save\"").contains("href=\"/screening/result.pdf\"");
    }

    @Test
    void aResumePostWithoutTheCsrfTokenIsRefused() {
        Browser patient = patientAfterStep(1);
        String code = saveCode(patient);
        Browser attacker = new Browser();
        attacker.get("/screening/resume");
        Response refused = attacker.postWithoutCsrf("/screening/resume", StepForms.fields("code", code));
        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
        assertThat(attacker.cookie(DraftToken.COOKIE)).isNull();
    }
}
