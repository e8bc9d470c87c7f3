package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.security.AuditEvent;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.security.StaffBrowser;
import org.ramsc.prescreen.security.TestAccounts;
import org.ramsc.prescreen.submission.ReferenceCode;
import org.ramsc.prescreen.submission.Submission;

/**
 * Finding 6 of issue 10: 300 journeys from one address were all stored. The test profile's limits
 * are high, so these tests fill an address's window to the limit themselves.
 */
@QuarkusTest
class PatientLimitsTest {

    private static final Pattern REFERENCE = Pattern.compile("data-reference=\"([A-Z2-9]{8})\"");
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final PatientLimits limits;
    private final EntityManager entityManager;
    private final TestAccounts accounts;

    PatientLimitsTest(PatientLimits limits, EntityManager entityManager, TestAccounts accounts) {
        this.limits = limits;
        this.entityManager = entityManager;
        this.accounts = accounts;
    }

    @Test
    void refusesASendOverTheAddressLimitWithALocalized429AndKeepsTheDraft() {
        String address = nextAddress();
        Browser browser = new Browser().from(address).acceptLanguage("zh-Hant");
        ResultAndSendTest.complete(browser, StepForms.example1());
        fill(PatientLimits.Kind.SEND, address);

        browser.get("/screening/send");
        Response refused = browser.post("/screening/send", contact());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.asString()).contains("<link rel=\"stylesheet\"").contains("請稍候片刻")
                .contains("<html lang=\"zh-Hant\"");
        // nothing stored, and the answers are still there to send later
        assertThat(browser.get("/screening/sent").header("Location")).endsWith("/screening");
        assertThat(browser.get("/screening/result").statusCode()).isEqualTo(200);
        // another address is not affected
        Browser other = new Browser().from(nextAddress());
        ResultAndSendTest.complete(other, StepForms.example1());
        other.get("/screening/send");
        assertThat(other.post("/screening/send", contact()).header("Location")).endsWith("/screening/sent");
    }

    @Test
    void refusesANewDraftOverTheAddressLimitWith429() {
        String address = nextAddress();
        fill(PatientLimits.Kind.DRAFT, address);
        Browser browser = new Browser().from(address);

        Response refused = browser.fill("/screening/step/1", StepForms.example1().step(1));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.asString()).contains("Please wait a little");
        assertThat(browser.cookie(DraftToken.COOKIE)).isNull();
    }

    @Test
    void countsEveryAttemptUpToTheLimitInPostgresql() {
        String address = nextAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryAcquire(PatientLimits.Kind.SEND, address)).isEmpty();
        }
        assertThat(hits(PatientLimits.Kind.SEND, address)).isEqualTo(3);
        fill(PatientLimits.Kind.SEND, address);
        assertThat(limits.tryAcquire(PatientLimits.Kind.SEND, address)).isPresent();
    }

    @Test
    void quietlyRefusesASendWhoseHoneypotFieldIsFilled() {
        Browser browser = new Browser().from(nextAddress());
        ResultAndSendTest.complete(browser, StepForms.example1());
        String form = browser.get("/screening/send").asString();
        assertThat(form).containsPattern("<div class=\"visually-hidden\" aria-hidden=\"true\">\\s*<label for=\"website\">"
                + "Leave this field empty</label>\\s*<input type=\"text\" id=\"website\" name=\"website\" value=\"\" "
                + "tabindex=\"-1\" autocomplete=\"off\">");

        List<Map.Entry<String, String>> withHoneypot = new java.util.ArrayList<>(contact());
        withHoneypot.add(Map.entry("website", "http://spam.example"));
        Response response = browser.post("/screening/send", withHoneypot);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).doesNotEndWith("/screening/sent");
        assertThat(browser.get("/screening/sent").header("Location")).endsWith("/screening");
    }

    @Test
    void auditsTheSendersAddressButKeepsOnlyAKeyedHashOnTheSubmission() {
        String address = nextAddress();
        String code = send(address);

        Submission stored = QuarkusTransaction.requiringNew().call(() -> Submission.findByReferenceCode(code).orElseThrow());
        assertThat(stored.senderKey).isEqualTo(limits.senderKey(address)).doesNotContain(address);
        AuditEvent created = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "action = ?1 and targetId = ?2", AuditLog.SUBMISSION_CREATED, stored.id.toString()).singleResult());
        assertThat(created.remoteAddr).isEqualTo(address);
    }

    @Test
    void marksSubmissionsSentInABurstFromOneAddressInTheStaffQueue() {
        String burst = nextAddress();
        List<String> codes = List.of(send(burst), send(burst), send(burst));
        String single = send(nextAddress());

        StaffBrowser staff = new StaffBrowser();
        assertThat(staff.signIn(accounts.staff(), TestAccounts.PASSWORD).header("Location")).endsWith("/staff");
        String queue = staff.get("/staff").asString();

        for (String code : codes) {
            assertThat(row(queue, code)).contains("burst-mark");
        }
        assertThat(row(queue, single)).doesNotContain("burst-mark");
    }

    private static String row(String queue, String code) {
        String grouped = ReferenceCode.grouped(code);
        int at = queue.indexOf(grouped);
        assertThat(at).as("row of %s", grouped).isPositive();
        return queue.substring(at, queue.indexOf("</tr>", at));
    }

    private static String send(String address) {
        Browser browser = new Browser().from(address);
        ResultAndSendTest.complete(browser, StepForms.example1());
        browser.get("/screening/send");
        assertThat(browser.post("/screening/send", contact()).header("Location")).endsWith("/screening/sent");
        Matcher matcher = REFERENCE.matcher(browser.get("/screening/sent").asString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static List<Map.Entry<String, String>> contact() {
        return StepForms.fields("consent", "yes", "name", "Pat Test", "phone", "+852 5555 0101");
    }

    /** Sets the address's current window (and the next, should the test cross the hour) to the limit. */
    private void fill(PatientLimits.Kind kind, String address) {
        Instant start = limits.windowStart(Instant.now());
        QuarkusTransaction.requiringNew().run(() -> {
            for (Instant window : List.of(start, limits.windowStart(start.plus(java.time.Duration.ofHours(2))))) {
                entityManager.createNativeQuery("INSERT INTO rate_limit_window (bucket, window_start, hits) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT (bucket, window_start) DO UPDATE SET hits = ?3")
                        .setParameter(1, limits.bucket(kind, address)).setParameter(2, Timestamp.from(window))
                        .setParameter(3, limits.limit(kind)).executeUpdate();
            }
        });
    }

    private int hits(PatientLimits.Kind kind, String address) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT hits FROM rate_limit_window WHERE bucket = ?1 AND window_start = ?2")
                .setParameter(1, limits.bucket(kind, address))
                .setParameter(2, Timestamp.from(limits.windowStart(Instant.now()))).getSingleResult()).intValue());
    }

    /** TEST-NET-3 (RFC 5737): addresses no other test uses. */
    private static String nextAddress() {
        int n = NEXT.getAndIncrement();
        return "203.0." + (113 + n / 250 % 2) + "." + (1 + n % 250);
    }
}
