package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two-step sign-in with RFC 6238 codes. The policy is switched at run time ({@link TwoStepPolicy})
 * instead of booting another app; the test profile has it off for every other test.
 */
@QuarkusTest
class TwoStepSignInTest {

    private static final Pattern KEY = Pattern.compile("id=\"typed-key\" lang=\"en\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");

    private final TestAccounts accounts;
    private final TwoStepPolicy policy;
    private final AuditRows audit;

    TwoStepSignInTest(TestAccounts accounts, TwoStepPolicy policy, AuditRows audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
    }

    @AfterEach
    void policyOffAgain() {
        policy.set(TwoStepPolicy.Required.OFF);
    }

    @Test
    void anAdminWithoutTwoStepIsSentToSetItUpAndReachesNothingElse() {
        policy.set(TwoStepPolicy.Required.ADMINS);
        StaffBrowser admin = new StaffBrowser();
        admin.signIn(accounts.admin(), TestAccounts.PASSWORD);

        for (String path : List.of("/staff", "/staff/export.csv", "/admin/users", "/admin/sessions",
                "/account/password", "/fhir/QuestionnaireResponse/" + java.util.UUID.randomUUID())) {
            Response response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.header("Location")).as(path).isEqualTo("/account/two-step");
        }
        String page = admin.get("/account/two-step").asString();
        assertThat(page).contains("src=\"data:image/svg+xml;base64,").contains("Your account must use two-step sign-in");
        assertThat(key(page)).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");

        // staff accounts are not asked to under the default policy
        StaffBrowser staff = new StaffBrowser();
        staff.signIn(accounts.staff(), TestAccounts.PASSWORD);
        assertThat(staff.get("/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void settingUpShowsTenRecoveryCodesOnceAndOpensThePages() {
        policy.set(TwoStepPolicy.Required.ALL);
        StaffBrowser person = new StaffBrowser();
        person.signIn(accounts.staff(), TestAccounts.PASSWORD);
        String key = key(person.get("/account/two-step").asString());

        Response wrong = person.post("/account/two-step", List.of(Map.entry("code", "000000")));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(key(wrong.asString())).as("the same key again").isEqualTo(key);

        Response done = confirm(person, key);
        List<String> codes = recoveryCodes(done.asString());
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(done.header("Cache-Control")).isEqualTo("no-store");
        assertThat(person.get("/staff").statusCode()).isEqualTo(200);
        assertThat(person.get("/account/two-step").asString()).contains("Unused recovery codes: 10.")
                .doesNotContain(codes.get(0));
    }

    @Test
    void thePasswordAloneOpensNothingUntilTheCodeIsGiven() {
        String name = accounts.admin();
        String key = enrol(name);

        StaffBrowser browser = new StaffBrowser();
        Response password = browser.signIn(name, TestAccounts.PASSWORD);
        assertThat(password.header("Location")).isEqualTo("/login/code");
        String pending = browser.cookie(SessionCookie.NAME);
        for (String path : List.of("/staff", "/admin/users", "/account/two-step",
                "/fhir/QuestionnaireResponse/" + java.util.UUID.randomUUID())) {
            assertThat(browser.get(path).header("Location")).as(path).isEqualTo("/login/code");
        }
        assertThat(browser.get("/login/code").statusCode()).isEqualTo(200);

        Response wrong = browser.post("/login/code", List.of(Map.entry("code", "123456")));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.asString()).contains("This code is not right");

        Response right = browser.post("/login/code", List.of(Map.entry("code", nextCode(key))));
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.header("Location")).isEqualTo("/staff");
        assertThat(browser.cookie(SessionCookie.NAME)).as("a new session id once complete").isNotEqualTo(pending);
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeIsRefusedWhenUsedAgainWithinItsWindow() {
        String name = accounts.staff();
        String key = enrol(name);
        String code = nextCode(key);

        StaffBrowser first = new StaffBrowser();
        first.signIn(name, TestAccounts.PASSWORD);
        first.get("/login/code");
        assertThat(first.post("/login/code", List.of(Map.entry("code", code))).statusCode()).isEqualTo(303);

        StaffBrowser replay = new StaffBrowser();
        replay.signIn(name, TestAccounts.PASSWORD);
        replay.get("/login/code");
        assertThat(replay.post("/login/code", List.of(Map.entry("code", code))).statusCode()).isEqualTo(422);
        assertThat(replay.get("/staff").header("Location")).isEqualTo("/login/code");
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        String name = accounts.staff();
        StaffBrowser setup = signedInWithPassword(name);
        List<String> codes = recoveryCodes(confirm(setup, key(setup.get("/account/two-step").asString())).asString());

        StaffBrowser lostPhone = new StaffBrowser();
        lostPhone.signIn(name, TestAccounts.PASSWORD);
        lostPhone.get("/login/code");
        assertThat(lostPhone.post("/login/code", List.of(Map.entry("code", codes.get(3).toUpperCase())))
                .header("Location")).isEqualTo("/staff");

        StaffBrowser again = new StaffBrowser();
        again.signIn(name, TestAccounts.PASSWORD);
        again.get("/login/code");
        assertThat(again.post("/login/code", List.of(Map.entry("code", codes.get(3)))).statusCode()).isEqualTo(422);
        assertThat(audit.byActor(name)).extracting(e -> e.detail).contains("recovery code used");
    }

    @Test
    void wrongCodesArePausedAfterFiveEvenForTheRightCode() {
        String name = accounts.staff();
        String key = enrol(name);
        StaffBrowser guesser = new StaffBrowser();
        guesser.signIn(name, TestAccounts.PASSWORD);
        guesser.get("/login/code");
        for (int i = 0; i < 5; i++) {
            guesser.post("/login/code", List.of(Map.entry("code", String.format("%06d", 111111 * (i + 1) % 1000000))));
        }
        Response paused = guesser.post("/login/code", List.of(Map.entry("code", nextCode(key))));
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.asString()).contains("paused");
        assertThat(audit.byActor(name)).extracting(e -> e.detail).contains("wrong one-time code");
    }

    @Test
    void anAdminResetEndsTheSessionsAndForcesANewSetUp() {
        policy.set(TwoStepPolicy.Required.ALL);
        String name = accounts.staff();
        String key = enrol(name);
        StaffBrowser person = new StaffBrowser();
        person.signIn(name, TestAccounts.PASSWORD);
        person.get("/login/code");
        person.post("/login/code", List.of(Map.entry("code", nextCode(key))));
        assertThat(person.get("/staff").statusCode()).isEqualTo(200);
        String copied = person.cookie(SessionCookie.NAME);

        String adminName = accounts.admin();
        StaffBrowser admin = signedInWithPassword(adminName);
        confirm(admin, key(admin.get("/account/two-step").asString()));
        assertThat(admin.get("/admin/users").asString()).contains("/admin/users/" + accounts.id(name) + "/two-step/reset");
        Response reset = admin.post("/admin/users/" + accounts.id(name) + "/two-step/reset", List.of());
        assertThat(reset.header("Location")).isEqualTo("/admin/users?done=two_step_reset");

        assertThat(io.restassured.RestAssured.given().redirects().follow(false).cookie(SessionCookie.NAME, copied)
                .get("/staff").header("Location")).isEqualTo("/login");
        StaffBrowser after = new StaffBrowser();
        assertThat(after.signIn(name, TestAccounts.PASSWORD).header("Location")).as("no code asked").isEqualTo("/staff");
        assertThat(after.get("/staff").header("Location")).as("but set-up is due").isEqualTo("/account/two-step");
        assertThat(audit.byActor(adminName)).extracting(e -> e.detail).contains("two-step sign-in reset");
    }

    @Test
    void theKeyIsStoredEncryptedAndTheRecoveryCodesHashed() {
        String name = accounts.staff();
        StaffBrowser setup = signedInWithPassword(name);
        String key = key(setup.get("/account/two-step").asString());
        List<String> codes = recoveryCodes(confirm(setup, key).asString());

        assertThat(audit.containing(key.replace(" ", ""))).isZero();
        String stored = TwoStepRows.secretOf(accounts.id(name));
        assertThat(stored).doesNotContain(key.replace(" ", ""));
        assertThat(TwoStepRows.recoveryHashes(accounts.id(name))).hasSize(10)
                .noneMatch(hash -> codes.stream().anyMatch(code -> hash.contains(code.replace("-", ""))));
    }

    static String key(String page) {
        Matcher matcher = KEY.matcher(page);
        assertThat(matcher.find()).as("the typed key on the page").isTrue();
        return matcher.group(1);
    }

    static List<String> recoveryCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = RECOVERY.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    /** The code of the current time step, as the person's app shows it. */
    static String code(String key) {
        return Totp.code(key.replace(" ", ""), Instant.now());
    }

    /** The code of the next time step: accepted (clock drift) and newer than the one used to set up. */
    static String nextCode(String key) {
        return Totp.code(key.replace(" ", ""), Instant.now().plus(Totp.STEP));
    }

    private static Response confirm(StaffBrowser browser, String key) {
        Response done = browser.post("/account/two-step", List.of(Map.entry("code", code(key))));
        assertThat(done.statusCode()).as(done.asString()).isEqualTo(200);
        return done;
    }

    /** Sets up two-step sign-in for the account (with the policy as it is) and returns its key. */
    private String enrol(String name) {
        StaffBrowser setup = signedInWithPassword(name);
        String key = key(setup.get("/account/two-step").asString());
        confirm(setup, key);
        return key;
    }

    private static StaffBrowser signedInWithPassword(String name) {
        StaffBrowser browser = new StaffBrowser();
        browser.signIn(name, TestAccounts.PASSWORD);
        return browser;
    }
}
