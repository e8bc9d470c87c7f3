package org.ramsc.prescreen.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.security.StaffBrowser;
import org.ramsc.prescreen.security.TestAccounts;

/** {@code /admin} is the admin's home, with a link to every admin page, in every language. */
@QuarkusTest
class AdminHomeTest {

    private final TestAccounts accounts;

    AdminHomeTest(TestAccounts accounts) {
        this.accounts = accounts;
    }

    @Test
    void anAdminFindsEveryAdminPageLinkedFromAdmin() {
        Map<String, String> titles = Map.of("en", "Administration", "zh-Hans", "系统管理", "zh-Hant", "系統管理");
        for (Map.Entry<String, String> lang : titles.entrySet()) {
            StaffBrowser admin = new StaffBrowser().acceptLanguage(lang.getKey());
            admin.signIn(accounts.admin(), TestAccounts.PASSWORD);
            Response home = admin.get("/admin");
            assertThat(home.statusCode()).as(lang.getKey()).isEqualTo(200);
            assertThat(home.asString()).contains("<h1>" + lang.getValue() + "</h1>")
                    .contains("href=\"/admin/faq\"", "href=\"/admin/users\"", "href=\"/admin/sessions\"",
                            "href=\"/admin/audit\"")
                    .doesNotContain("admin.home.");
        }
    }

    @Test
    void staffWhoAreNotAdminsAreRefusedAndVisitorsSentToSignIn() {
        StaffBrowser staff = new StaffBrowser();
        staff.signIn(accounts.staff(), TestAccounts.PASSWORD);
        assertThat(staff.get("/admin").statusCode()).isEqualTo(403);
        Response anonymous = new StaffBrowser().get("/admin");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.header("Location")).contains("/login");
    }
}
