package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AccessTest {

    private final TestAccounts accounts;

    AccessTest(TestAccounts accounts) {
        this.accounts = accounts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/admin/users", "/admin/audit", "/account/password"})
    void sendsAnonymousVisitorsToTheLoginPage(String path) {
        Response response = new StaffBrowser().get(path);
        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users", "/admin/audit"})
    void showsStaffTheFriendlyNoAccessPageOnAdminPages(String path) {
        StaffBrowser browser = new StaffBrowser();
        browser.signIn(accounts.staff(), TestAccounts.PASSWORD);

        Response response = browser.get(path);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.asString()).contains("<html").contains("No access").doesNotContain("Exception");
    }

    @Test
    void showsTheNoAccessPageInTheReadersLanguage() {
        StaffBrowser browser = new StaffBrowser().acceptLanguage("zh-TW");
        browser.signIn(accounts.staff(), TestAccounts.PASSWORD);

        Response response = browser.get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.asString()).contains("lang=\"zh-Hant\"").contains("無權存取");
    }

    @Test
    @TestSecurity(user = "visiting-staff", roles = "staff")
    void refusesTheStaffRoleOnAdminPagesWhateverTheSignInMechanism() {
        Response response = new StaffBrowser().get("/admin/audit");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.asString()).contains("No access");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users", "/admin/audit", "/account/password"})
    void letsAdminsOpenTheAdminPages(String path) {
        StaffBrowser browser = new StaffBrowser();
        browser.signIn(accounts.admin(), TestAccounts.PASSWORD);

        Response response = browser.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void sendsSomeoneWithATemporaryPasswordToThePasswordFormFirst() {
        StaffBrowser browser = new StaffBrowser();
        browser.signIn(accounts.withTemporaryPassword(true), TestAccounts.PASSWORD);

        for (String path : new String[] {"/staff", "/admin/users", "/admin/audit"}) {
            Response response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.header("Location")).as(path).endsWith("/account/password");
        }
        assertThat(browser.get("/account/password").statusCode()).isEqualTo(200);
    }
}
