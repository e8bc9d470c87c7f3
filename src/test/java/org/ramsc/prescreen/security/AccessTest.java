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
    private final io.agroal.api.AgroalDataSource dataSource;

    AccessTest(TestAccounts accounts, io.agroal.api.AgroalDataSource dataSource) {
        this.accounts = accounts;
        this.dataSource = dataSource;
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

    @Test
    void aTemporaryPasswordCannotReadARecordThroughFhir() throws java.sql.SQLException {
        java.util.UUID id = new org.ramsc.prescreen.review.OneSubmission().insert(dataSource);
        try {
            StaffBrowser temporary = new StaffBrowser();
            temporary.signIn(accounts.withTemporaryPassword(false), TestAccounts.PASSWORD);
            for (String path : new String[] {"/fhir/QuestionnaireResponse/" + id, "/fhir/QuestionnaireResponse"}) {
                Response response = temporary.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(303);
                assertThat(response.header("Location")).as(path).isEqualTo("/account/password");
                assertThat(response.asString()).as(path).doesNotContain("QuestionnaireResponse");
            }

            // the same record opens once the password is the person's own
            StaffBrowser staff = new StaffBrowser();
            staff.signIn(accounts.staff(), TestAccounts.PASSWORD);
            Response record = staff.get("/fhir/QuestionnaireResponse/" + id);
            assertThat(record.statusCode()).isEqualTo(200);
            assertThat(record.asString()).contains("QuestionnaireResponse");
        } finally {
            org.ramsc.prescreen.review.OneSubmission.delete(dataSource, id);
        }
    }

    @Test
    void aTemporaryPasswordHoldsNoRoleEvenWhereNoRedirectIsConfigured() {
        StaffBrowser browser = new StaffBrowser();
        browser.signIn(accounts.withTemporaryPassword(true), TestAccounts.PASSWORD);
        // the password page itself opens, and shows no admin links: the session has no roles yet
        assertThat(browser.get("/account/password").asString()).doesNotContain("href=\"/admin/users\"");
    }
}
