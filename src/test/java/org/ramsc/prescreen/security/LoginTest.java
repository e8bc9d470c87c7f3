package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    private static final String COOKIE = SessionCookie.NAME;

    private final TestAccounts accounts;
    private final AuditRows audit;

    LoginTest(TestAccounts accounts, AuditRows audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Test
    void signsInThroughTheLoginFormAndLandsOnTheStaffPages() {
        String name = accounts.staff();
        StaffBrowser browser = new StaffBrowser();

        Response response = browser.signIn(name, TestAccounts.PASSWORD);
        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.header("Location")).endsWith("/staff");
        assertThat(browser.cookie(COOKIE)).isNotBlank();
        assertThat(browser.get("/account/password").statusCode()).isEqualTo(200);

        List<AuditEvent> rows = audit.byActor(name);
        assertThat(rows).extracting(e -> e.action).contains(AuditLog.LOGIN_SUCCESS);
        AuditEvent success = rows.stream().filter(e -> e.action.equals(AuditLog.LOGIN_SUCCESS)).findFirst().orElseThrow();
        assertThat(success.remoteAddr).isEqualTo(browser.address());
        assertThat(success.targetId).isEqualTo(accounts.id(name).toString());
    }

    @Test
    void acceptsTheNameInAnyCase() {
        String name = accounts.staff();
        Response response = new StaffBrowser().signIn(name.toUpperCase(), TestAccounts.PASSWORD);
        assertThat(response.header("Location")).endsWith("/staff");
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
        String name = accounts.staff();
        StaffBrowser browser = new StaffBrowser();

        Response response = browser.signIn(name, "not-the-password-at-all");
        assertThat(response.header("Location")).endsWith("/login?error=1");
        assertThat(browser.cookie(COOKIE)).isNull();

        // the pages differ only in their form's CSRF token
        String wrongPassword = withoutToken(browser.get("/login?error=1").asString());
        String unknownName = withoutToken(new StaffBrowser().get("/login?error=1").asString());
        assertThat(wrongPassword).contains("The account name or password is not right").isEqualTo(unknownName);
        assertThat(audit.byActor(name)).extracting(e -> e.action, e -> e.detail)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditLog.LOGIN_FAILURE, "wrong password"));
    }

    @Test
    void auditsUnknownNamesAsUnknownAndNeverStoresWhatWasTyped() {
        StaffBrowser browser = new StaffBrowser();
        String typedName = "Typed-Secret-In-Name-Field-" + System.nanoTime();

        browser.signIn(typedName, "password-typed-" + System.nanoTime());

        List<AuditEvent> rows = audit.fromAddress(browser.address());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.action).isEqualTo(AuditLog.LOGIN_FAILURE);
            assertThat(row.actor).isEqualTo("unknown");
        });
        assertThat(audit.containing(typedName.toLowerCase())).isZero();
    }

    @Test
    void neverWritesPasswordsToTheAuditTrail() {
        String name = accounts.staff();
        String wrong = "wrong-secret-" + System.nanoTime();
        StaffBrowser browser = new StaffBrowser();
        browser.signIn(name, wrong);
        browser.signIn(name, TestAccounts.PASSWORD);

        assertThat(audit.byActor(name)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(audit.containing(wrong)).isZero();
        assertThat(audit.containing(TestAccounts.PASSWORD)).isZero();
    }

    @Test
    void aStrangersWrongPasswordsDoNotLockOutTheOwner() {
        String name = accounts.staff();
        StaffBrowser owner = new StaffBrowser();
        assertThat(owner.signIn(name, TestAccounts.PASSWORD).header("Location")).endsWith("/staff");
        StaffBrowser stranger = new StaffBrowser();
        for (int i = 0; i < 8; i++) {
            stranger.signIn(name, "wrong-" + i);
        }

        // the owner, at the usual address and at a new one, still gets in with the right password
        assertThat(new StaffBrowser(owner.address()).signIn(name, TestAccounts.PASSWORD).header("Location"))
                .endsWith("/staff");
        assertThat(new StaffBrowser().signIn(name, TestAccounts.PASSWORD).header("Location")).endsWith("/staff");
        // the stranger's own pair is locked, even for the right password
        assertThat(new StaffBrowser(stranger.address()).signIn(name, TestAccounts.PASSWORD).header("Location"))
                .endsWith("/login?error=1");
    }

    @Test
    void locksTheAccountAtOneAddressAfterFiveFailuresAndAuditsTheLock() {
        String name = accounts.staff();
        String address = StaffBrowser.nextAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(new StaffBrowser(address).signIn(name, "wrong-" + i).header("Location"))
                    .endsWith("/login?error=1");
        }

        Response locked = new StaffBrowser(address).signIn(name, TestAccounts.PASSWORD);
        assertThat(locked.header("Location")).endsWith("/login?error=1");
        assertThat(audit.byActor(name)).extracting(e -> e.detail).contains("locked");
        assertThat(audit.byActor(name)).filteredOn(e -> AuditLog.LOGIN_LOCKED.equals(e.action))
                .singleElement().satisfies(e -> {
                    assertThat(e.remoteAddr).isEqualTo(address);
                    assertThat(e.targetId).isEqualTo(accounts.id(name).toString());
                });
        assertThat(accounts.find(name).failedLogins).isEqualTo(5);
    }

    @Test
    void locksAnAddressAfterFiveFailuresWhateverTheNames() {
        String address = StaffBrowser.nextAddress();
        for (int i = 0; i < 5; i++) {
            new StaffBrowser(address).signIn("nobody-" + i + "-" + System.nanoTime(), "wrong-password-" + i);
        }
        String name = accounts.staff();

        assertThat(new StaffBrowser(address).signIn(name, TestAccounts.PASSWORD).header("Location"))
                .endsWith("/login?error=1");
        assertThat(new StaffBrowser().signIn(name, TestAccounts.PASSWORD).header("Location")).endsWith("/staff");
    }

    @Test
    void refusesALoginFormPostedFromAnotherSite() {
        String name = accounts.staff();
        Response response = io.restassured.RestAssured.given().redirects().follow(false)
                .header("Sec-Fetch-Site", "cross-site")
                .header("X-Forwarded-For", StaffBrowser.nextAddress())
                .contentType("application/x-www-form-urlencoded")
                .body("username=" + name + "&password=" + TestAccounts.PASSWORD)
                .post("/login");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/login");
        assertThat(response.getDetailedCookies().hasCookieWithName(COOKIE)).isFalse();
    }

    @Test
    void refusesSignOutWithoutTheCsrfToken() {
        StaffBrowser browser = new StaffBrowser();
        browser.signIn(accounts.staff(), TestAccounts.PASSWORD);
        browser.get("/account/password");

        Response response = browser.postWithoutCsrf("/logout", List.of());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.cookie(COOKIE)).isNotNull();
        assertThat(browser.get("/account/password").statusCode()).isEqualTo(200);
    }

    @Test
    void signsOutWithTheCsrfToken() {
        String name = accounts.staff();
        StaffBrowser browser = new StaffBrowser();
        browser.signIn(name, TestAccounts.PASSWORD);
        browser.get("/account/password");

        Response response = browser.post("/logout", List.of());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/login?loggedOut=1");
        assertThat(browser.cookie(COOKIE)).isNull();
        assertThat(browser.get("/account/password").header("Location")).endsWith("/login");
        assertThat(browser.get("/login?loggedOut=1").asString()).contains("You have signed out.");
        assertThat(audit.byActor(name)).extracting(e -> e.action).contains(AuditLog.LOGOUT);
    }

    private static String withoutToken(String page) {
        return page.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "name=\"csrf-token\"");
    }
}
