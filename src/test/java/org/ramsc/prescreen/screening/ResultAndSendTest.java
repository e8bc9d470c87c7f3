package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.rules.Status;
import org.ramsc.prescreen.security.AuditEvent;
import org.ramsc.prescreen.submission.AnswersJson;
import org.ramsc.prescreen.submission.RuleResultsJson;
import org.ramsc.prescreen.submission.Submission;
import org.ramsc.prescreen.submission.SubmissionStatus;

@QuarkusTest
class ResultAndSendTest {

    @Inject RuleSet ruleSet;
    @Inject SubmissionCommitProbe commitProbe;

    private static final Pattern REFERENCE = Pattern.compile("data-reference=\"([A-Z2-9]{8})\"");

    static Stream<Arguments> outcomesInEveryLanguage() {
        return Stream.of("en", "zh-Hans", "zh-Hant").flatMap(lang -> Stream.of(
                Arguments.of(lang, StepForms.example1(), "DISCUSS"),
                Arguments.of(lang, StepForms.example1().with(5, "lungDisease", "yes"), "DISCUSS"),
                Arguments.of(lang, StepForms.example1().with(2, "scoreKnown", "none").without(2, "scoreValue")
                        .with(2, "swollenJoints", "knee_left"), "DISCUSS_AFTER_REVIEW"),
                Arguments.of(lang, StepForms.example1().with(4, "jointFused", "yes"), "NOT_SUITABLE_NOW")));
    }

    /** Walks the six steps and confirms the review page; returns the result page. */
    static Response complete(Browser browser, StepForms forms) {
        for (int n = 1; n <= 6; n++) {
            Response step = browser.fill("/screening/step/" + n, forms.step(n));
            assertThat(step.statusCode()).as("step %d: %s", n, step.asString()).isEqualTo(303);
        }
        browser.get("/screening/review");
        assertThat(browser.post("/screening/review", List.of()).statusCode()).isEqualTo(303);
        return browser.get("/screening/result");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("outcomesInEveryLanguage")
    void showsTheOutcomeAndEveryRuleInThePatientsLanguage(String lang, StepForms forms, String outcome) {
        Browser browser = new Browser().acceptLanguage(lang);
        Response result = complete(browser, forms);
        assertThat(result.statusCode()).isEqualTo(200);
        String html = result.asString();
        assertThat(html).contains("data-outcome=\"" + outcome + "\"").contains("<html lang=\"" + lang + "\"");
        for (int r = 1; r <= 16; r++) {
            assertThat(html).contains(String.format("data-rule=\"R%02d\"", r));
        }
        assertThat(html.toLowerCase()).doesNotContain("eligible");
    }

    @Test
    void listsCautionsFirstWhenLungDiseaseIsReported() {
        Response result = complete(new Browser(), StepForms.example1().with(5, "lungDisease", "yes"));
        String html = result.asString();
        assertThat(html).contains("data-rule=\"R13\" data-status=\"CAUTION\"");
        assertThat(html.indexOf("class=\"cautions\"")).isLessThan(html.indexOf("data-rule=\"R01\""));
    }

    @Test
    void showsTheDas28EstimateWhenALabValueIsGiven() {
        StepForms forms = StepForms.example1().with(2, "esr", "30").with(2, "patientGlobal", "6")
                .without(2, "tenderJoints").with(2, "tenderJoints", "wrist_left");
        String html = complete(new Browser(), forms).asString();
        assertThat(html).contains("DAS28-ESR");
    }

    @Test
    void theResultNeedsAConfirmedReview() {
        Browser browser = new Browser();
        StepForms forms = StepForms.example1();
        for (int n = 1; n <= 6; n++) {
            browser.fill("/screening/step/" + n, forms.step(n));
        }
        Response result = browser.get("/screening/result");
        assertThat(result.statusCode()).isEqualTo(303);
    }

    @Test
    void changingAnAnswerFromTheReviewReturnsToTheReview() {
        Browser browser = new Browser();
        complete(browser, StepForms.example1());
        browser.get("/screening/step/1?return=review");
        Response changed = browser.post("/screening/step/1?return=review",
                StepForms.fields("age", "71", "raDiagnosed", "yes"));
        assertThat(changed.header("Location")).endsWith("/screening/review");
        assertThat(browser.get("/screening/review").asString()).contains("71");
        // a changed answer must be confirmed again before a result is shown
        assertThat(browser.get("/screening/result").statusCode()).isEqualTo(303);
    }

    @Test
    void aRefreshMidwayKeepsTheAnswers() {
        Browser browser = new Browser();
        browser.fill("/screening/step/1", StepForms.example1().step(1));
        browser.fill("/screening/step/2", StepForms.example1().step(2));
        String step2 = browser.get("/screening/step/2").asString();
        assertThat(step2).contains("value=\"4.6\"");
        assertThat(browser.get("/screening").header("Location")).endsWith("/screening/step/3");
    }

    @Test
    void aForgedDraftTokenStartsAFreshDraftWithoutAnError() {
        Browser browser = new Browser();
        browser.setCookie(DraftToken.COOKIE, "forged-token-that-is-not-real");
        Response start = browser.get("/screening");
        assertThat(start.statusCode()).isEqualTo(303);
        assertThat(start.header("Location")).endsWith("/screening/step/1");
        browser.setCookie(DraftToken.COOKIE, DraftToken.generate());
        assertThat(browser.get("/screening/step/3").header("Location")).endsWith("/screening/step/1");
    }

    @Test
    void sendingStoresOneSubmissionWithAReadableCodeAndDeletesTheDraft() {
        Browser browser = new Browser().acceptLanguage("zh-Hant");
        complete(browser, StepForms.example1());
        String token = browser.cookie(DraftToken.COOKIE);
        browser.get("/screening/send");
        List<Map.Entry<String, String>> contact = StepForms.fields("consent", "yes", "name", "陳小明",
                "phone", "+886 912 345 678", "contactTime", "morning");
        Response first = browser.post("/screening/send", contact);
        Response second = browser.post("/screening/send", contact);
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.header("Location")).endsWith("/screening/sent");
        Matcher code = REFERENCE.matcher(browser.get("/screening/sent").asString());
        assertThat(code.find()).isTrue();
        QuarkusTransaction.requiringNew().run(() -> {
            List<Submission> stored = Submission.list("draftTokenHash", DraftToken.hash(token));
            assertThat(stored).hasSize(1);
            Submission submission = stored.get(0);
            assertThat(submission.referenceCode).isEqualTo(code.group(1)).doesNotContain("0", "O", "1", "I");
            assertThat(submission.lang).isEqualTo("zh-Hant");
            assertThat(submission.outcome).isEqualTo("DISCUSS");
            assertThat(submission.questionnaireVersion).isEqualTo("1");
            assertThat(submission.rulesetVersion).isEqualTo("1");
            assertThat(RuleResultsJson.read(submission.ruleResults)).hasSize(16);
            assertThat(AnswersJson.read(submission.answers).integer("age")).isEqualTo(52);
            assertThat(Draft.count("tokenHash", DraftToken.hash(token))).isZero();
        });
    }

    /**
     * The send writes its row in plain SQL: every column must hold what {@link Submission#decided}
     * put in it, read back through the entity the staff's pages use, and the audit row must name it.
     * Here with a lab value (a DAS28 estimate) and a swollen joint without a doctor's score
     * (a REVIEW rule, flagged for the staff's filter).
     */
    @Test
    void theSentRowHoldsEveryColumnTheRuleSetAndTheContactFormDecided() {
        Browser browser = new Browser().acceptLanguage("en");
        StepForms forms = StepForms.example1().with(2, "esr", "30").with(2, "patientGlobal", "6")
                .with(2, "scoreKnown", "none").without(2, "scoreValue").with(2, "swollenJoints", "knee_left");
        complete(browser, forms);
        String token = browser.cookie(DraftToken.COOKIE);
        browser.get("/screening/send");
        Instant before = Instant.now().minusSeconds(1);
        assertThat(browser.post("/screening/send", StepForms.fields("consent", "yes", "name", "Pat Lee",
                "email", "pat@example.com", "contactTime", "afternoon")).statusCode()).isEqualTo(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Submission submission = Submission.<Submission>find("draftTokenHash", DraftToken.hash(token)).singleResult();
            Evaluation evaluation = ruleSet.evaluate(AnswersJson.read(submission.answers));
            assertThat(submission.outcome).isEqualTo("DISCUSS_AFTER_REVIEW").isEqualTo(evaluation.outcome().name());
            assertThat(submission.flaggedRules).isNotEmpty().containsExactlyElementsOf(evaluation
                    .withStatus(Status.NOT_MET, Status.REVIEW)
                    .stream().map(RuleResult::ruleId).toList());
            assertThat(submission.das28EsrEstimate).isNotNull().isEqualTo(evaluation.scores().das28EsrRounded());
            assertThat(submission.das28CrpEstimate).isEqualTo(evaluation.scores().das28CrpRounded());
            assertThat(submission.contactName).isEqualTo("Pat Lee");
            assertThat(submission.contactPhone).isNull();
            assertThat(submission.contactEmail).isEqualTo("pat@example.com");
            assertThat(submission.contactTime).isEqualTo("afternoon");
            assertThat(submission.consentVersion).isEqualTo(ContactForm.CONSENT_VERSION);
            assertThat(submission.status).isEqualTo(SubmissionStatus.NEW);
            assertThat(submission.lang).isEqualTo("en");
            assertThat(submission.createdAt).isAfter(before).isBefore(Instant.now().plusSeconds(1));
            // a keyed hash of the sender's address, never the address
            assertThat(submission.senderKey).matches("[0-9a-f]{64}").doesNotContain("127.0.0.1");
            AuditEvent created = AuditEvent
                    .<AuditEvent>find("action = ?1 and targetId = ?2",
                            "submission.created", submission.id.toString()).singleResult();
            assertThat(created.actor).isEqualTo("patient");
            assertThat(created.targetType).isEqualTo("submission");
            assertThat(created.detail).isEqualTo("outcome=DISCUSS_AFTER_REVIEW");
            assertThat(created.remoteAddr).isNotBlank();
            assertThat(created.submissionIds).isNull();
            assertThat(created.occurredAt).isAfter(before);
        });
        // a draft's step skips waiting for the disk; the submission's commit must not
        assertThat(commitProbe.lastSource()).isNotNull().isNotEqualTo("session");
    }

    @Test
    void aDoubleClickOnSendStoresOneSubmissionAndLogsNoWarning() throws Exception {
        Browser browser = new Browser();
        complete(browser, StepForms.example1());
        String token = browser.cookie(DraftToken.COOKIE);
        browser.get("/screening/send");
        List<Map.Entry<String, String>> contact = StepForms.fields("consent", "yes", "name", "Pat",
                "email", "pat@example.com");
        // a double click is an everyday event: operators must not read it in the log as a fault
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getLoggerName() + " " + record.getLevel() + " " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> browser.post("/screening/send", contact));
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> browser.post("/screening/send", contact));
            assertThat(a.get().statusCode()).isEqualTo(303);
            assertThat(b.get().statusCode()).isEqualTo(303);
        } finally {
            root.removeHandler(handler);
        }
        long stored = QuarkusTransaction.requiringNew()
                .call(() -> Submission.count("draftTokenHash", DraftToken.hash(token)));
        assertThat(stored).isEqualTo(1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void badContactDetailsAreShownNextToTheFieldsAndNothingIsStored() {
        Browser browser = new Browser();
        complete(browser, StepForms.example1());
        String token = browser.cookie(DraftToken.COOKIE);
        browser.get("/screening/send");
        Response response = browser.post("/screening/send", StepForms.fields("name", "Pat", "phone", "12",
                "email", "not-an-email"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("id=\"consent-error\"").contains("id=\"phone-error\"")
                .contains("id=\"email-error\"").contains("value=\"Pat\"");
        long stored = QuarkusTransaction.requiringNew()
                .call(() -> Submission.count("draftTokenHash", DraftToken.hash(token)));
        assertThat(stored).isZero();
    }

    @Test
    void sendingWithoutCsrfIsRefusedAndStoresNothing() {
        Browser browser = new Browser();
        complete(browser, StepForms.example1());
        String token = browser.cookie(DraftToken.COOKIE);
        Response response = browser.postWithoutCsrf("/screening/send",
                StepForms.fields("consent", "yes", "name", "Pat", "email", "pat@example.com"));
        assertThat(response.statusCode()).isEqualTo(422);
        long stored = QuarkusTransaction.requiringNew()
                .call(() -> Submission.count("draftTokenHash", DraftToken.hash(token)));
        assertThat(stored).isZero();
    }
}
