package org.ramsc.prescreen.faq;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The public FAQ is served from memory; a change written by any instance (here: plain SQL, as
 * another instance or an operator would) must reach this instance's page without a restart.
 */
@QuarkusTest
class PublicFaqCacheTest {

    private static final String ORIGINAL = "What are mesenchymal stem cells (MSCs)?";
    private static final String CHANGED = "What are MSCs, in short?";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeMadeElsewhereInTheDatabaseReachesTheCachedPage() throws Exception {
        assertThat(englishFaq()).contains(ORIGINAL);
        assertThat(englishFaq()).as("second request, from memory").contains(ORIGINAL);
        try {
            setQuestion(ORIGINAL, CHANGED);
            assertThat(awaitFaqContaining(CHANGED)).doesNotContain(ORIGINAL);
        } finally {
            setQuestion(CHANGED, ORIGINAL);
        }
        assertThat(awaitFaqContaining(ORIGINAL)).doesNotContain(CHANGED);
    }

    @Test
    void eachLanguageIsCachedApart() {
        String hans = given().queryParam("lang", "zh-Hans").get("/faq").asString();
        String en = englishFaq();
        assertThat(hans).contains("<html lang=\"zh-Hans\"");
        assertThat(en).contains("<html lang=\"en\"");
        assertThat(given().queryParam("lang", "zh-Hans").get("/faq").asString()).isEqualTo(hans);
    }

    private String awaitFaqContaining(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String html = englishFaq();
        while (!html.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            html = englishFaq();
        }
        assertThat(html).contains(text);
        return html;
    }

    private static String englishFaq() {
        return given().queryParam("lang", "en").get("/faq").then().statusCode(200).extract().asString();
    }

    private void setQuestion(String from, String to) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE faq_translation SET question = ? WHERE lang = 'en' AND question = ?")) {
            s.setString(1, to);
            s.setString(2, from);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
