package org.ramsc.prescreen.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.security.Account;
import org.ramsc.prescreen.security.AuditEvent;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.security.AuditRows;
import org.ramsc.prescreen.security.StaffBrowser;
import org.ramsc.prescreen.security.TestAccounts;

@QuarkusTest
class AdminUsersTest {

    private static final Pattern PASSWORD_FIELD = Pattern.compile("name=\"password\" value=\"([^\"]+)\"");

    private final TestAccounts accounts;
    private final AuditRows audit;

    AdminUsersTest(TestAccounts accounts, AuditRows audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Test
    void createsAStaffAccountThatMustChooseItsOwnPasswordAtFirstSignIn() {
        String admin = accounts.admin();
        StaffBrowser browser = signedIn(admin);
        String name = "new.staff-" + System.nanoTime() % 100000;
        String temporary = "tulip-harbour-sixty-9";

        Response created = browser.post("/admin/users", fields("username", name, "role", "staff", "password", temporary));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/admin/users?done=created");
        assertThat(browser.get("/admin/users?done=created").asString()).contains("The account was added.")
                .contains(name);

        Account account = accounts.find(name);
        assertThat(account.roleList()).containsExactly("staff");
        assertThat(account.mustChangePassword).isTrue();
        List<AuditEvent> rows = audit.byActor(admin);
        assertThat(rows).extracting(e -> e.action, e -> e.targetId, e -> e.detail)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditLog.ACCOUNT_CHANGED, account.id.toString(),
                        "created role=staff"));
        assertThat(audit.containing(temporary)).isZero();

        // the new person is sent to the password form until they have chosen their own
        StaffBrowser person = new StaffBrowser();
        person.signIn(name, temporary);
        assertThat(person.get("/staff").header("Location")).endsWith("/account/password");
        Response changed = person.fill("/account/password",
                fields("current", temporary, "newPassword", "my own long password", "repeat", "my own long password"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.header("Location")).endsWith("/staff");
        assertThat(accounts.find(name).mustChangePassword).isFalse();
        assertThat(person.get("/staff").statusCode()).isNotEqualTo(303);
        assertThat(audit.byActor(name)).extracting(e -> e.detail).contains("password changed");
    }

    @Test
    void createsAnAdminWithBothRoles() {
        StaffBrowser browser = signedIn(accounts.admin());
        String name = "new.admin-" + System.nanoTime() % 100000;

        browser.post("/admin/users", fields("username", name, "role", "admin", "password", "maple-orbit-quiet-77"));

        assertThat(accounts.find(name).roleList()).containsExactlyInAnyOrder("staff", "admin");
    }

    @Test
    void showsProblemsNextToTheFieldsAndKeepsWhatWasEntered() {
        StaffBrowser browser = signedIn(accounts.admin());
        String name = "Bad Name!";

        Response response = browser.post("/admin/users", fields("username", name, "role", "staff", "password", "short"));
        assertThat(response.statusCode()).isEqualTo(422);
        String html = response.asString();
        assertThat(html).contains("id=\"error-summary\"")
                .contains("id=\"username-error\"").contains("Please use 3 to 40 lower-case letters")
                .contains("id=\"password-error\"").contains("Please use at least 12 characters.")
                .contains("value=\"Bad Name!\"").contains("aria-invalid=\"true\"");
    }

    @Test
    void refusesATakenNameAndACommonPassword() {
        StaffBrowser browser = signedIn(accounts.admin());
        String existing = accounts.staff();

        String html = browser.post("/admin/users", fields("username", existing, "role", "staff",
                "password", "password1234")).asString();
        assertThat(html).contains("This account name is already in use.")
                .contains("This password is too common and easy to guess.");
    }

    @Test
    void refusesAPostWithoutCsrfTokenAndChangesNothing() {
        StaffBrowser browser = signedIn(accounts.admin());
        String name = "no-csrf-" + System.nanoTime() % 100000;

        Response response = browser.postWithoutCsrf("/admin/users",
                fields("username", name, "role", "admin", "password", "maple-orbit-quiet-77"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(accounts.exists(name)).isFalse();

        String staff = accounts.staff();
        assertThat(browser.postWithoutCsrf("/admin/users/" + accounts.id(staff) + "/disable", List.of()).statusCode())
                .isEqualTo(403);
        assertThat(accounts.find(staff).enabled).isTrue();
    }

    @Test
    void disablesAnAccountAndSignsItOutThenEnablesItAgain() {
        String admin = accounts.admin();
        StaffBrowser browser = signedIn(admin);
        String staff = accounts.staff();
        StaffBrowser staffBrowser = signedIn(staff);
        assertThat(staffBrowser.get("/account/password").statusCode()).isEqualTo(200);

        Response disabled = browser.post("/admin/users/" + accounts.id(staff) + "/disable", List.of());
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(accounts.find(staff).enabled).isFalse();
        // the session that was open ends with its next request, and the password no longer works
        Response ended = staffBrowser.get("/account/password");
        assertThat(ended.statusCode()).isEqualTo(303);
        assertThat(ended.header("Location")).isEqualTo("/login");
        assertThat(staffBrowser.cookie(org.ramsc.prescreen.security.SessionCookie.NAME)).isNull();
        assertThat(staffBrowser.get("/account/password").header("Location")).endsWith("/login");
        assertThat(staffBrowser.get("/login").statusCode()).isEqualTo(200);
        assertThat(new StaffBrowser().signIn(staff, TestAccounts.PASSWORD).header("Location")).endsWith("/login?error=1");

        browser.get("/admin/users");
        assertThat(browser.post("/admin/users/" + accounts.id(staff) + "/enable", List.of()).statusCode()).isEqualTo(303);
        assertThat(new StaffBrowser().signIn(staff, TestAccounts.PASSWORD).header("Location")).endsWith("/staff");
        assertThat(audit.byActor(admin)).extracting(e -> e.detail).contains("disabled", "enabled");
    }

    @Test
    void doesNotLetAnAdminDisableThemselves() {
        String admin = accounts.admin();
        StaffBrowser browser = signedIn(admin);

        Response response = browser.post("/admin/users/" + accounts.id(admin) + "/disable", List.of());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("You cannot disable your own account.");
        assertThat(accounts.find(admin).enabled).isTrue();
    }

    @Test
    void resetsAPasswordToATemporaryOneThatMustBeChangedAtNextSignIn() {
        String admin = accounts.admin();
        StaffBrowser browser = signedIn(admin);
        String staff = accounts.staff();

        Response form = browser.get("/admin/users/" + accounts.id(staff) + "/reset");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher proposed = PASSWORD_FIELD.matcher(form.asString());
        assertThat(proposed.find()).isTrue();
        String temporary = proposed.group(1);
        assertThat(accounts.find(staff).mustChangePassword).as("showing the form changes nothing").isFalse();

        Response reset = browser.post("/admin/users/" + accounts.id(staff) + "/reset", fields("password", temporary));
        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(reset.header("Location")).endsWith("/admin/users?done=reset");

        assertThat(new StaffBrowser().signIn(staff, TestAccounts.PASSWORD).header("Location")).endsWith("/login?error=1");
        StaffBrowser person = new StaffBrowser();
        person.signIn(staff, temporary);
        assertThat(person.get("/staff").header("Location")).endsWith("/account/password");
        assertThat(audit.byActor(admin)).extracting(e -> e.detail).contains("password reset");
        assertThat(audit.containing(temporary)).isZero();
    }

    @Test
    void refusesAWeakTemporaryPasswordOnReset() {
        StaffBrowser browser = signedIn(accounts.admin());
        String staff = accounts.staff();
        browser.get("/admin/users/" + accounts.id(staff) + "/reset");

        Response response = browser.post("/admin/users/" + accounts.id(staff) + "/reset", fields("password", staff));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("id=\"password-error\"");
    }

    @Test
    void checksTheCurrentPasswordAndTheRulesOnThePasswordForm() {
        String staff = accounts.staff();
        StaffBrowser person = signedIn(staff);

        Response wrong = person.fill("/account/password",
                fields("current", "not my password", "newPassword", staff, "repeat", "something else"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.asString())
                .contains("id=\"current-error\"").contains("This is not your current password.")
                .contains("id=\"newPassword-error\"").contains("The password must not be the account name.")
                .doesNotContain("not my password");

        Response mismatch = person.fill("/account/password", fields("current", TestAccounts.PASSWORD,
                "newPassword", "a brand new long one", "repeat", "a brand new long two"));
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(mismatch.asString()).contains("id=\"repeat-error\"").contains("The two new passwords are not the same.");
    }

    private StaffBrowser signedIn(String name) {
        StaffBrowser browser = new StaffBrowser();
        Response response = browser.signIn(name, TestAccounts.PASSWORD);
        assertThat(response.header("Location")).as("sign-in of %s", name).endsWith("/staff");
        browser.get("/account/password");
        return browser;
    }

    private static List<Map.Entry<String, String>> fields(String... pairs) {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return fields;
    }
}
