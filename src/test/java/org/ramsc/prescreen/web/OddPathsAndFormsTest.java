package org.ramsc.prescreen.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ramsc.prescreen.security.StaffBrowser;
import org.ramsc.prescreen.security.TestAccounts;

/** Finding 7 of issue 10: paths with ";" hung for 45 s with a stack trace; huge forms gave 500. */
@QuarkusTest
class OddPathsAndFormsTest {

    private final TestAccounts accounts;

    OddPathsAndFormsTest(TestAccounts accounts) {
        this.accounts = accounts;
    }

    /** A request that gets no answer within this time fails the test instead of waiting 45 s. */
    private static final RestAssuredConfig SHORT_TIMEOUT = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 5_000));

    @ParameterizedTest
    @ValueSource(strings = {"/staff;x", "/staff/..;/admin/users", "/admin;jsessionid=1/users", "/staff/export.csv;x",
            "/screening;a=b", "/%3Bstaff", "/staff%3Bx"})
    void answersAPathWithASemicolonPromptlyWithAStyledPage(String path) {
        Response response = given().config(SHORT_TIMEOUT).urlEncodingEnabled(false).redirects().follow(false)
                .get(path);

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.asString()).contains("<link rel=\"stylesheet\"").doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void answersAFormWithMoreThanAThousandFieldsWith400() {
        StaffBrowser staff = new StaffBrowser();
        assertThat(staff.signIn(accounts.staff(), TestAccounts.PASSWORD).header("Location")).endsWith("/staff");
        staff.get("/account/password");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            fields.add(Map.entry("f" + i, "1"));
        }

        Response response = staff.post("/account/password", fields);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("<link rel=\"stylesheet\"").doesNotContain("Exception");
    }
}
