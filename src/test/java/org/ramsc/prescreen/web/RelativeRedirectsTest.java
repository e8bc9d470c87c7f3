package org.ramsc.prescreen.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.security.StaffBrowser;
import org.ramsc.prescreen.security.TestAccounts;

/**
 * Issue 10, finding 10: the Host header went into absolute redirects ({@code Location:
 * http://evil.example/login}). Every redirect is relative now, whatever Host the client sends.
 */
@QuarkusTest
class RelativeRedirectsTest {

    private static final String FORGED = "evil.example";

    private final TestAccounts accounts;

    RelativeRedirectsTest(TestAccounts accounts) {
        this.accounts = accounts;
    }

    @Test
    void theLoginRedirectOfAStaffPageIgnoresAForgedHost() {
        Response response = forged().get("/staff");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/login");
    }

    @Test
    void signInAndSignOutRedirectRelativelyWhateverTheHost() {
        StaffBrowser browser = forged();
        Response failed = browser.signIn(accounts.staff(), "not the password");
        assertThat(failed.header("Location")).isEqualTo("/login?error=1");

        Response signedIn = browser.signIn(accounts.staff(), TestAccounts.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/staff");

        browser.get("/staff");
        Response signedOut = browser.post("/logout", List.of());
        assertThat(signedOut.header("Location")).isEqualTo("/login?loggedOut=1");
    }

    @Test
    void aTemporaryPasswordIsSentToThePasswordFormRelatively() {
        StaffBrowser browser = forged();
        browser.signIn(accounts.withTemporaryPassword(false), TestAccounts.PASSWORD);
        assertThat(browser.get("/staff").header("Location")).isEqualTo("/account/password");
    }

    @Test
    void theWizardsRedirectsAreRelativeWhateverTheHost() {
        StaffBrowser patient = forged();
        Response start = patient.get("/screening/step/2");
        assertThat(start.statusCode()).isEqualTo(303);
        assertThat(start.header("Location")).isEqualTo("/screening/step/1");

        patient.get("/screening/step/1");
        Response step = patient.post("/screening/step/1", List.of(Map.entry("age", "52"),
                Map.entry("raDiagnosed", "yes"), Map.entry("diagnosisYear", "2015")));
        assertThat(step.statusCode()).isEqualTo(303);
        assertThat(step.header("Location")).isEqualTo("/screening/step/2");
    }

    @Test
    void makesAnAbsoluteLocationToThisSiteRelativeAndKeepsItsQueryAndFragment() {
        assertThat(RelativeRedirects.relative(java.net.URI.create("http://evil.example/a/b?c=d#e")))
                .isEqualTo("/a/b?c=d#e");
        assertThat(RelativeRedirects.relative(java.net.URI.create("http://evil.example"))).isEqualTo("/");
    }

    private static StaffBrowser forged() {
        return new StaffBrowser().header("Host", FORGED);
    }
}
