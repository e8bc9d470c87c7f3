package org.ramsc.prescreen.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.security.AuditRows;
import org.ramsc.prescreen.security.StaffBrowser;
import org.ramsc.prescreen.security.TestAccounts;

@QuarkusTest
class LoginLocksPageTest {

    private static final Pattern ACCOUNT_KEY = Pattern.compile("name=\"accountKey\" value=\"([^\"]*)\"");

    private final TestAccounts accounts;
    private final AuditRows audit;

    LoginLocksPageTest(TestAccounts accounts, AuditRows audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Test
    void showsALockedPairToAdminsAndClearsItWithAnAuditedPost() {
        String name = accounts.staff();
        String address = StaffBrowser.nextAddress();
        for (int i = 0; i < 5; i++) {
            new StaffBrowser(address).signIn(name, "wrong-" + i);
        }
        assertThat(new StaffBrowser(address).signIn(name, TestAccounts.PASSWORD).header("Location"))
                .endsWith("/login?error=1");

        String admin = accounts.admin();
        StaffBrowser browser = new StaffBrowser();
        assertThat(browser.signIn(admin, TestAccounts.PASSWORD).header("Location")).endsWith("/staff");
        String page = browser.get("/admin/login-locks").asString();
        assertThat(page).contains(name).contains(address);
        String row = page.substring(page.indexOf(name));
        Matcher key = ACCOUNT_KEY.matcher(row);
        assertThat(key.find()).isTrue();

        Response withoutToken = browser.postWithoutCsrf("/admin/login-locks/clear",
                List.of(Map.entry("accountKey", key.group(1)), Map.entry("address", address)));
        assertThat(withoutToken.statusCode()).isNotEqualTo(303);
        Response cleared = browser.post("/admin/login-locks/clear",
                List.of(Map.entry("accountKey", key.group(1)), Map.entry("address", address)));
        assertThat(cleared.statusCode()).isEqualTo(303);
        // the five failures also locked the address for every account it has not signed in to before
        assertThat(page).contains("Any account from this address");
        assertThat(browser.post("/admin/login-locks/clear",
                List.of(Map.entry("accountKey", ""), Map.entry("address", address))).statusCode()).isEqualTo(303);

        assertThat(new StaffBrowser(address).signIn(name, TestAccounts.PASSWORD).header("Location")).endsWith("/staff");
        assertThat(audit.byActor(admin)).filteredOn(e -> AuditLog.LOGIN_UNLOCKED.equals(e.action)).hasSize(2);
        assertThat(browser.get("/admin/login-locks").asString()).doesNotContain(address);
    }

    @Test
    void isOnlyForAdmins() {
        StaffBrowser staff = new StaffBrowser();
        staff.signIn(accounts.staff(), TestAccounts.PASSWORD);
        assertThat(staff.get("/admin/login-locks").statusCode()).isEqualTo(403);
    }
}
