package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.submission.Submission;

/**
 * Issue 12 on the patient pages, without a browser: Back and the language buttons keep a step's
 * entries, "Start again" asks first, the sent page shows the result but no contact details, the
 * clinic's details and counts that agree with their words.
 */
@QuarkusTest
class PatientPagesTest {

    private static final Pattern REFERENCE = Pattern.compile("data-reference=\"([A-Z2-9]{8})\"");

    private static List<Map.Entry<String, String>> plus(List<Map.Entry<String, String>> fields, String... more) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.addAll(StepForms.fields(more));
        return all;
    }

    @Test
    void backKeepsWhatIsOnTheStepWithoutAskingForTheMissingAnswers() {
        Browser browser = new Browser();
        browser.fill("/screening/step/1", StepForms.example1().step(1));
        browser.get("/screening/step/2");
        // a knee ticked, an ESR typed, everything else still unanswered: Back saves, and asks for nothing
        Response back = browser.post("/screening/step/2",
                StepForms.fields("tenderJoints", "knee_left", "esr", "30", "nav", "back"));
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.header("Location")).endsWith("/screening/step/1");
        browser.get("/screening/step/1");
        assertThat(browser.post("/screening/step/1", StepForms.example1().step(1)).header("Location"))
                .endsWith("/screening/step/2");
        String step2 = browser.get("/screening/step/2").asString();
        assertThat(step2).contains("id=\"tenderJoints-knee_left\" name=\"tenderJoints\" value=\"knee_left\" checked")
                .contains("value=\"30\"").doesNotContain("id=\"error-summary\"");
    }

    @Test
    void backKeepsTheAnswerSavedBeforeWhenTheNewValueDoesNotParse() {
        Browser browser = new Browser();
        for (int n = 1; n <= 2; n++) {
            browser.fill("/screening/step/" + n, StepForms.example1().step(n));
        }
        browser.get("/screening/step/2");
        Response back = browser.post("/screening/step/2", plus(StepForms.example1().with(2, "pain", "eleven").step(2),
                "nav", "back"));
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(browser.get("/screening/step/2").asString()).contains("id=\"pain-5\" name=\"pain\" value=\"5\" checked");
    }

    @Test
    void aLanguageButtonOnAStepKeepsTheEntriesAndShowsTheStepInThatLanguage() {
        Browser browser = new Browser();
        browser.fill("/screening/step/1", StepForms.example1().step(1));
        String step2 = browser.get("/screening/step/2").asString();
        // the header's language buttons post the step form, without a script
        assertThat(step2).contains("form=\"step-form\" formaction=\"/screening/step/2?lang=zh-Hant\" name=\"nav\" value=\"stay\"");
        Response switched = browser.post("/screening/step/2?lang=zh-Hant",
                StepForms.fields("tenderJoints", "knee_right", "pain", "7", "nav", "stay"));
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/screening/step/2");
        browser.setCookie("lang", "zh-Hant");
        String shown = browser.get("/screening/step/2").asString();
        assertThat(shown).contains("<html lang=\"zh-Hant\"").contains("value=\"knee_right\" checked")
                .contains("id=\"pain-7\" name=\"pain\" value=\"7\" checked");
    }

    @Test
    void aLanguageButtonOnAnEmptyFirstStepStartsNoDraft() {
        Browser browser = new Browser();
        browser.get("/screening/step/1");
        Response switched = browser.post("/screening/step/1?lang=zh-Hans",
                StepForms.fields("age", "", "nav", "stay"));
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(browser.cookie(DraftToken.COOKIE)).isNull();
    }

    @Test
    void aStepWithErrorsSaysSoInThePageTitleAndItsSummaryLinksHaveOnePunctuationMark() {
        Browser browser = new Browser().acceptLanguage("zh-Hans");
        browser.get("/screening/step/1");
        String html = browser.post("/screening/step/1", StepForms.fields("age", "")).asString();
        assertThat(html).containsPattern("<title>错误：[^<]+</title>");
        assertThat(html).doesNotContain("？：").doesNotContain("?:");
        String english = new Browser().get("/screening/step/1").asString();
        assertThat(english).doesNotContain("<title>Error");
    }

    @Test
    void theLandingPageCountsTheSameStepsAsTheWizard() {
        String landing = new Browser().get("/").asString();
        assertThat(landing).contains(Questionnaire.REVIEW_STEP + " short steps");
        assertThat(new Browser().get("/screening/step/1").asString())
                .contains("Step 1 of " + Questionnaire.REVIEW_STEP);
    }

    @Test
    void startAgainAsksOnItsOwnPageAndOnlyThePostDeletes() {
        Browser browser = new Browser();
        String result = ResultAndSendTest.complete(browser, StepForms.example1()).asString();
        // the result's first controls are its actions; "start again" is a link to a question, at the end
        assertThat(result.indexOf("href=\"/screening/restart\"")).isGreaterThan(result.indexOf("data-action=\"send\""))
                .isGreaterThan(result.indexOf("id=\"rules-title\""));
        assertThat(result).doesNotContain("action=\"/screening/restart\"");
        String confirm = browser.get("/screening/restart").asString();
        assertThat(confirm).contains("action=\"/screening/restart\"").contains("href=\"/screening/result\"");
        // looking at the question deletes nothing
        assertThat(browser.get("/screening/result").statusCode()).isEqualTo(200);
        Response deleted = browser.post("/screening/restart", List.of());
        assertThat(deleted.header("Location")).endsWith("/screening/step/1");
        assertThat(browser.get("/screening/result").statusCode()).isEqualTo(303);
    }

    @Test
    void theResultShowsThePatientsOwnScoreAndCountsItsDecidingPointsInWords() {
        Browser browser = new Browser();
        String html = ResultAndSendTest.complete(browser, StepForms.example1().with(2, "esr", "30")).asString();
        // the doctor's 4.6 as the patient's own; the estimate from their joint counts and ESR as ours
        assertThat(html).contains("The score your doctor gave you: DAS28-ESR 4.6").contains("Our estimate, DAS28-ESR:")
                .doesNotContain("Your disease activity, estimated");

        Browser one = new Browser();
        String review = ResultAndSendTest.complete(one, StepForms.example1().with(2, "scoreKnown", "none")
                .without(2, "scoreValue")).asString();
        assertThat(review).contains("data-outcome=\"DISCUSS_AFTER_REVIEW\"");
        int points = countMatches(review, "data-deciding=\"");
        String expected = points == 1 ? "1 point needs" : points + " points need";
        assertThat(review).contains(expected);
        if (points == 1) {
            assertThat(review).contains("one point first needs").doesNotContain("some points first need");
        }
        Browser chinese = new Browser().acceptLanguage("zh-Hans");
        String zh = ResultAndSendTest.complete(chinese, StepForms.example1().with(2, "scoreKnown", "none")
                .without(2, "scoreValue")).asString();
        assertThat(zh).contains("有 " + points + " 项需要风湿免疫科医生先评估");
    }

    @Test
    void theSentPageShowsTheResultAndTheClinicButNotTheContactDetails() {
        Browser browser = new Browser();
        ResultAndSendTest.complete(browser, StepForms.example1().with(4, "jointFused", "yes"));
        browser.get("/screening/send");
        browser.post("/screening/send", StepForms.fields("consent", "yes", "name", "Patricia Example",
                "phone", "98765432", "email", "patricia@example.com"));
        String sent = browser.get("/screening/sent").asString();
        Matcher code = REFERENCE.matcher(sent);
        assertThat(code.find()).isTrue();
        assertThat(sent).contains("data-outcome=\"NOT_SUITABLE_NOW\"").contains("data-deciding=\"R")
                .contains("data-rule=\"R01\"").contains("href=\"/screening/result.pdf\"");
        assertThat(sent).contains("RA-MSC Test Clinic").contains("href=\"tel:+85223456789\"")
                .contains("Mon–Fri 09:00–17:00").contains("1 Example Road").contains("within 3 working days");
        assertThat(sent).doesNotContain("Patricia").doesNotContain("98765432").doesNotContain("patricia@example.com");
        // the result page itself now leads to the sent page, which holds the result
        assertThat(browser.get("/screening/result").header("Location")).endsWith("/screening/sent");
    }

    @Test
    void onceTheDraftWouldHaveExpiredTheSentPageKeepsTheCodeButNoLongerTheResult() {
        Browser browser = new Browser();
        ResultAndSendTest.complete(browser, StepForms.example1());
        browser.get("/screening/send");
        browser.post("/screening/send", StepForms.fields("consent", "yes", "name", "Old Send",
                "email", "old.send@example.com"));
        String fresh = browser.get("/screening/sent").asString();
        Matcher code = REFERENCE.matcher(fresh);
        assertThat(code.find()).isTrue();
        assertThat(fresh).contains("data-rule=\"R01\"");

        String reference = fresh.replaceAll("(?s).*data-reference=\"([A-Z2-9]{8})\".*", "$1");
        QuarkusTransaction.requiringNew().run(() -> Submission.getEntityManager()
                .createNativeQuery("UPDATE submission SET created_at = created_at - INTERVAL '400 days'"
                        + " WHERE reference_code = ?1")
                .setParameter(1, reference).executeUpdate());

        String later = browser.get("/screening/sent").asString();
        assertThat(later).contains("data-reference=\"" + reference + "\"")
                .doesNotContain("data-rule=\"R01\"").doesNotContain("data-outcome=");
    }

    private static int countMatches(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
