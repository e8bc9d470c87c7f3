package org.ramsc.prescreen.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
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
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;
import org.ramsc.prescreen.screening.Browser;
import org.ramsc.prescreen.screening.DraftToken;
import org.ramsc.prescreen.security.StaffBrowser;
import org.ramsc.prescreen.security.TestAccounts;
import org.ramsc.prescreen.submission.ReferenceCode;

/**
 * A patient's whole journey and a staff member's work on it leave nothing personal in the logs: no
 * answers, names, phone numbers, e-mail addresses, reference codes, tokens or passwords. Every
 * record is captured, including DEBUG ones from the app and the messages of logged exceptions.
 */
@QuarkusTest
class NoPersonalDataInLogsTest {

    private static final Pattern REFERENCE = Pattern.compile("data-reference=\"([A-Z2-9]{8})\"");
    private static final String NAME = "Quennell Zarathustra-Okonkwo";
    private static final String PHONE = "+852 6193 4827";
    private static final String EMAIL = "quennell.z.okonkwo@example.org";
    private static final String BAD_ANSWER = "nonsense-answer-7731";
    /** Example 1 with answers distinctive enough to look for in the logs (4.37, mcp3_left, leflunomide). */
    private static final ExampleAnswers ANSWERS = ExampleAnswers.example1WithOptional().with(Map.of(
            "age", 58, "diagnosisYear", 1997, "scoreValue", new BigDecimal("4.37"),
            "tenderJoints", List.of("mcp3_left"), "csdmardsTried", List.of("leflunomide")));

    @Inject
    TestAccounts accounts;

    private final Capture capture = new Capture();
    private final Logger root = Logger.getLogger("");
    private final Logger app = Logger.getLogger("org.ramsc");
    private Level appLevel;

    @BeforeEach
    void listen() {
        appLevel = app.getLevel();
        app.setLevel(Level.FINEST);
        root.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        root.removeHandler(capture);
        app.setLevel(appLevel);
    }

    @Test
    void aJourneyLogsNoAnswersContactDetailsCodesOrTokens() throws Exception {
        Browser patient = new Browser();
        patient.fill("/screening/step/1", List.of(Map.entry("age", BAD_ANSWER)));
        for (Step step : Questionnaire.STEPS) {
            patient.fill("/screening/step/" + step.number(), ANSWERS.formFields(step));
        }
        patient.get("/screening/review");
        assertThat(patient.post("/screening/review", List.of()).statusCode()).isEqualTo(303);
        assertThat(patient.get("/screening/result").statusCode()).isEqualTo(200);
        String token = patient.cookie(DraftToken.COOKIE);
        assertThat(token).isNotNull();

        String csrf = patient.get("/screening/send").asString()
                .replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        assertThat(csrf).hasSize(43);
        patient.get("/screening/send");
        assertThat(patient.post("/screening/send", List.of(Map.entry("consent", "yes"), Map.entry("name", NAME),
                Map.entry("phone", "12"), Map.entry("email", BAD_ANSWER))).statusCode()).isEqualTo(422);
        List<Map.Entry<String, String>> contact = List.of(Map.entry("consent", "yes"), Map.entry("name", NAME),
                Map.entry("phone", PHONE), Map.entry("email", EMAIL), Map.entry("contactTime", "morning"));
        // two sends at once: the second waits on the draft's lock, and whatever either logs is checked too
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> patient.post("/screening/send", contact).statusCode());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> patient.post("/screening/send", contact).statusCode());
        assertThat(List.of(a.get(), b.get())).containsOnly(303);
        Matcher code = REFERENCE.matcher(patient.get("/screening/sent").asString());
        assertThat(code.find()).isTrue();
        String reference = code.group(1);

        for (String body : List.of("{\"answers\":{\"age\":\"" + BAD_ANSWER + "\"}}",
                "{\"answers\":{\"raDiagnosed\":\"" + BAD_ANSWER + "\"}}", "{\"answers\":{\"age\":" + BAD_ANSWER)) {
            assertThat(given().contentType("application/json").body(body).post("/api/v1/evaluations").statusCode())
                    .isBetween(400, 499);
        }

        String username = accounts.staff();
        StaffBrowser staff = new StaffBrowser();
        staff.signIn(username, "wrong-" + TestAccounts.PASSWORD);
        staff.signIn(username, TestAccounts.PASSWORD);
        String session = staff.cookie(org.ramsc.prescreen.security.SessionCookie.NAME);
        assertThat(session).isNotNull();
        String queue = staff.get("/staff?q=" + NAME).asString();
        Matcher detailLink = Pattern.compile("href=\"(/staff/submissions/[0-9a-f-]{36})\"").matcher(queue);
        assertThat(detailLink.find()).as("the queue finds the submission by name").isTrue();
        staff.get("/staff?q=" + reference);
        String detail = staff.get(detailLink.group(1)).asString();
        assertThat(detail).contains(PHONE);
        staff.post(detailLink.group(1) + "/notes", List.of(Map.entry("body", "Called " + NAME + " back")));
        staff.get("/staff/export.csv?q=" + NAME);
        staff.get(detailLink.group(1).replace("/staff/submissions/", "/fhir/QuestionnaireResponse/"));

        String logs = capture.text();
        assertThat(logs).as("the capture works").contains("Sign-in of account");
        List<String> secrets = List.of(NAME, "Quennell", "Okonkwo", PHONE, EMAIL, reference,
                ReferenceCode.grouped(reference), token, DraftToken.hash(token), csrf, session, username,
                TestAccounts.PASSWORD, BAD_ANSWER, "4.37", "mcp3_left", "leflunomide", "tenderJoints");
        for (String secret : secrets) {
            assertThat(logs).as("logs must not contain %s", secret).doesNotContain(secret);
        }
    }

    /** Keeps every record published anywhere in the app while the test runs, as text. */
    private static final class Capture extends Handler {

        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        Capture() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            StringBuilder line = new StringBuilder(record.getLoggerName() + " " + record.getLevel() + " " + message);
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }

        String text() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
