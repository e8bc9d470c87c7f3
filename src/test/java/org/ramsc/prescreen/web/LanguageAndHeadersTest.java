package org.ramsc.prescreen.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageAndHeadersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "'zh-CN,zh;q=0.9', zh-Hans",
        "'zh-TW', zh-Hant",
        "'zh-HK,en;q=0.5', zh-Hant",
        "'zh-Hant', zh-Hant",
        "'fr-FR,en;q=0.8', en",
        "'de', en",
        "'not a header;;;q=x', en"})
    void aFirstVisitFollowsTheBrowsersLanguage(String acceptLanguage, String expected) {
        given().header("Accept-Language", acceptLanguage).when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"" + expected + "\""));
    }

    @Test
    void theLangParameterWinsAndIsRememberedInACookie() {
        String cookie = given().header("Accept-Language", "en").when().get("/?lang=zh-Hant")
                .then().statusCode(200).body(containsString("<html lang=\"zh-Hant\""))
                .extract().cookie("lang");
        given().header("Accept-Language", "en").cookie("lang", cookie).when().get("/evidence")
                .then().statusCode(200).body(containsString("<html lang=\"zh-Hant\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/evidence", "/screening/step/1", "/no-such-page"})
    void everyPageSwitchesLanguageWithAParameter(String path) {
        given().when().get(path + "?lang=zh-Hans")
                .then().body(containsString("<html lang=\"zh-Hans\""))
                // a link elsewhere; on a wizard step a button of the step form, which keeps the entries
                .body(anyOf(containsString("hreflang=\"zh-Hant\""), containsString("lang=\"zh-Hant\" class=\"lang-switch\"")));
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        given().when().get("/screening/step/1").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
    }

    @Test
    void theLanguageCookieIsHttpOnlyAndSameSite() {
        java.util.List<String> cookies = given().when().get("/?lang=en").then().extract().headers()
                .getValues("Set-Cookie");
        org.assertj.core.api.Assertions.assertThat(cookies).filteredOn(c -> c.startsWith("lang="))
                .singleElement().satisfies(c -> org.assertj.core.api.Assertions.assertThat(c.toLowerCase())
                        .contains("httponly").contains("samesite=lax"));
    }

    @Test
    void theLanguageCookieIsSecureOverHttpsLikeTheOtherCookies() {
        java.util.List<String> overHttps = given().header("X-Forwarded-Proto", "https").when().get("/?lang=en")
                .then().extract().headers().getValues("Set-Cookie");
        org.assertj.core.api.Assertions.assertThat(overHttps).filteredOn(c -> c.startsWith("lang="))
                .singleElement().satisfies(c -> org.assertj.core.api.Assertions.assertThat(c.toLowerCase())
                        .contains("secure"));
        java.util.List<String> overHttp = given().when().get("/?lang=en").then().extract().headers()
                .getValues("Set-Cookie");
        org.assertj.core.api.Assertions.assertThat(overHttp).filteredOn(c -> c.startsWith("lang="))
                .singleElement().satisfies(c -> org.assertj.core.api.Assertions.assertThat(c.toLowerCase())
                        .doesNotContain("secure"));
    }

    @Test
    void anUnknownPageIsAFriendlyNotFoundPage() {
        given().header("Accept-Language", "zh-CN").when().get("/no-such-page").then().statusCode(404)
                .body(containsString("找不到这个页面")).body(not(containsString("Exception")));
    }

    @Test
    void aWrongMethodIsAFriendlyPage() {
        given().when().delete("/screening/step/1").then().statusCode(405)
                .body(not(containsString("Exception")));
    }
}
