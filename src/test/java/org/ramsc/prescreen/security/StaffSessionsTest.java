package org.ramsc.prescreen.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attack of issue 10, finding 1: a copy of the session cookie taken while signed in must be
 * worthless after sign-out, a password change, disabling and the absolute lifetime.
 */
@QuarkusTest
class StaffSessionsTest {

    private static final String COOKIE = SessionCookie.NAME;

    private final TestAccounts accounts;
    private final SessionRows rows;
    private final AuditRows audit;

    StaffSessionsTest(TestAccounts accounts, SessionRows rows, AuditRows audit) {
        this.accounts = accounts;
        this.rows = rows;
        this.audit = audit;
    }

    @Test
    void aCookieCopiedBeforeSignOutNoLongerOpensTheStaffPages() {
        StaffBrowser browser = signedIn(accounts.staff());
        String copied = browser.cookie(COOKIE);
        assertOpens(copied);

        browser.get("/staff");
        assertThat(browser.post("/logout", List.of()).statusCode()).isEqualTo(303);

        assertGoesToLogin(copied);
    }

    @Test
    void aCookieCopiedBeforeAPasswordChangeElsewhereNoLongerWorksButTheChangingSessionDoes() {
        String name = accounts.staff();
        StaffBrowser stolen = signedIn(name);
        String copied = stolen.cookie(COOKIE);
        StaffBrowser owner = signedIn(name);

        Response changed = owner.fill("/account/password", List.of(Map.entry("current", TestAccounts.PASSWORD),
                Map.entry("newPassword", "quiet-harbour-violet-93"), Map.entry("repeat", "quiet-harbour-violet-93")));
        assertThat(changed.statusCode()).isEqualTo(303);

        assertGoesToLogin(copied);
        assertThat(owner.get("/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminPasswordResetEndsEverySessionOfThatAccount() {
        String name = accounts.staff();
        String copied = signedIn(name).cookie(COOKIE);
        StaffBrowser admin = signedIn(accounts.admin());

        admin.get("/admin/users/" + accounts.id(name) + "/reset");
        assertThat(admin.post("/admin/users/" + accounts.id(name) + "/reset",
                List.of(Map.entry("password", "amber-glacier-noon-58"))).statusCode()).isEqualTo(303);

        assertGoesToLogin(copied);
    }

    @Test
    void aCookieCopiedBeforeTheAccountWasDisabledNoLongerWorks() {
        String name = accounts.staff();
        String copied = signedIn(name).cookie(COOKIE);
        StaffBrowser admin = signedIn(accounts.admin());

        admin.get("/admin/users");
        assertThat(admin.post("/admin/users/" + accounts.id(name) + "/disable", List.of()).statusCode())
                .isEqualTo(303);
        assertGoesToLogin(copied);

        // enabling the account again does not bring the old session back
        admin.get("/admin/users");
        admin.post("/admin/users/" + accounts.id(name) + "/enable", List.of());
        assertGoesToLogin(copied);
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverBusy() {
        String name = accounts.staff();
        String copied = signedIn(name).cookie(COOKIE);
        assertOpens(copied);

        rows.startedAgo(name, Duration.ofHours(12).plusMinutes(1));

        assertGoesToLogin(copied);
        assertThat(rows.of(name)).as("the expired row is removed").isEmpty();
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        String name = accounts.staff();
        String copied = signedIn(name).cookie(COOKIE);

        rows.lastSeenAgo(name, Duration.ofMinutes(29));
        assertOpens(copied);
        rows.lastSeenAgo(name, Duration.ofMinutes(31));
        assertGoesToLogin(copied);
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() {
        String name = accounts.staff();
        String copied = signedIn(name).cookie(COOKIE);
        rows.lastSeenAgo(name, Duration.ofSeconds(30));
        Instant before = rows.of(name).get(0).lastSeenAt;

        assertOpens(copied);
        assertThat(rows.of(name).get(0).lastSeenAt).as("30 s ago: not written again").isEqualTo(before);

        rows.lastSeenAgo(name, Duration.ofSeconds(90));
        assertOpens(copied);
        assertThat(rows.of(name).get(0).lastSeenAt).isAfter(Instant.now().minusSeconds(10));
    }

    @Test
    void storesOnlyTheHashOfTheCookieValue() {
        String name = accounts.staff();
        String token = signedIn(name).cookie(COOKIE);

        assertThat(token).hasSize(43); // 256 bits, base64url
        assertThat(rows.countWithHash(token)).isZero();
        assertThat(rows.countWithHash(StaffSessions.hash(token))).isEqualTo(1);
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureBehindAnHttpsProxy() {
        String name = accounts.staff();
        StaffBrowser plain = new StaffBrowser();
        Response overHttp = plain.signIn(name, TestAccounts.PASSWORD);
        String header = overHttp.header("Set-Cookie");
        assertThat(overHttp.getDetailedCookie(COOKIE)).satisfies(cookie -> {
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
            assertThat(cookie.getPath()).isEqualTo("/");
            assertThat(cookie.isSecured()).as(header).isFalse();
        });

        Response loginPage = given().header("X-Forwarded-Proto", "https").get("/login");
        String token = loginPage.asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        Response overHttps = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", StaffBrowser.nextAddress())
                .cookies(loginPage.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .body("csrf-token=" + token + "&username=" + name + "&password=" + TestAccounts.PASSWORD)
                .post("/login");
        Cookie secure = overHttps.getDetailedCookie(COOKIE);
        assertThat(secure).as(overHttps.statusLine() + " " + overHttps.headers()).isNotNull();
        assertThat(secure.isSecured()).isTrue();
    }

    @Test
    void signingInReplacesTheSessionTheBrowserHadBefore() {
        String name = accounts.staff();
        StaffBrowser browser = signedIn(name);
        String first = browser.cookie(COOKIE);

        browser.signIn(name, TestAccounts.PASSWORD);

        assertThat(browser.cookie(COOKIE)).isNotEqualTo(first);
        assertGoesToLogin(first);
        assertThat(rows.of(name)).hasSize(1);
    }

    @Test
    void anAdminSeesTheSignedInSessionsAndCanEndOne() {
        String name = accounts.staff();
        StaffBrowser victim = new StaffBrowser();
        victim.signIn(name, TestAccounts.PASSWORD);
        String copied = victim.cookie(COOKIE);
        String adminName = accounts.admin();
        StaffBrowser admin = signedIn(adminName);

        String page = admin.get("/admin/sessions").asString();
        String id = rows.of(name).get(0).id.toString();
        assertThat(page).contains(name).contains(victim.address()).contains("/admin/sessions/" + id + "/end")
                .contains("href=\"/admin/sessions\"");

        assertThat(admin.postWithoutCsrf("/admin/sessions/" + id + "/end", List.of()).statusCode()).isEqualTo(403);
        assertOpens(copied);

        Response ended = admin.post("/admin/sessions/" + id + "/end", List.of());
        assertThat(ended.statusCode()).isEqualTo(303);
        assertThat(ended.header("Location")).isEqualTo("/admin/sessions?done=ended");
        assertGoesToLogin(copied);
        assertThat(admin.get("/admin/sessions").asString()).doesNotContain(id);
        assertThat(audit.byActor(adminName)).extracting(e -> e.action).contains(AuditLog.SESSION_ENDED);
    }

    @Test
    void staffCannotOpenTheSessionsPage() {
        StaffBrowser staff = signedIn(accounts.staff());
        assertThat(staff.get("/admin/sessions").statusCode()).isEqualTo(403);
    }

    private StaffBrowser signedIn(String name) {
        StaffBrowser browser = new StaffBrowser();
        Response response = browser.signIn(name, TestAccounts.PASSWORD);
        assertThat(response.header("Location")).as("sign-in of %s", name).isEqualTo("/staff");
        assertThat(browser.cookie(COOKIE)).isNotBlank();
        return browser;
    }

    private static void assertOpens(String cookie) {
        assertThat(replay(cookie, "/staff").statusCode()).isEqualTo(200);
    }

    /** The copied cookie alone, as an attacker would send it, ignoring any request to remove it. */
    private static void assertGoesToLogin(String cookie) {
        for (String path : List.of("/staff", "/staff/export.csv")) {
            Response response = replay(cookie, path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.header("Location")).as(path).isEqualTo("/login");
        }
    }

    private static Response replay(String cookie, String path) {
        return given().redirects().follow(false).header("X-Forwarded-For", StaffBrowser.nextAddress())
                .cookie(COOKIE, cookie).get(path);
    }
}
