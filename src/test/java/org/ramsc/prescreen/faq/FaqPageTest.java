package org.ramsc.prescreen.faq;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The public FAQ as a visitor sees it, over the seeded entries. */
@QuarkusTest
class FaqPageTest {

    @Test
    void showsThePublishedEntriesInOrderAsExpandableSectionsWithAnchors() {
        Response response = given().header("Accept-Language", "en").get("/faq");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.asString();
        assertThat(html).contains("<details class=\"faq-item\" id=\"what-is-msc\"")
                .contains("What are mesenchymal stem cells (MSCs)?")
                .contains("<ul>").containsPattern("rel=\"(noopener noreferrer|noreferrer noopener)\"");
        assertThat(html.indexOf("id=\"what-is-msc\"")).isLessThan(html.indexOf("id=\"how-it-differs\""));
    }

    @Test
    void speaksThePageLanguage() {
        String hant = given().queryParam("lang", "zh-Hant").get("/faq").asString();
        String hans = given().queryParam("lang", "zh-Hans").get("/faq").asString();
        assertThat(hant).contains("<html lang=\"zh-Hant\"").contains("常見問題")
                .doesNotContain("What are mesenchymal stem cells (MSCs)?");
        assertThat(hans).contains("<html lang=\"zh-Hans\"").contains("常见问题");
    }
}
