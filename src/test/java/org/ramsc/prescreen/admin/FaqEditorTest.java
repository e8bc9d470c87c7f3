package org.ramsc.prescreen.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.review.AuditRows;
import org.ramsc.prescreen.screening.Browser;
import org.ramsc.prescreen.security.AuditLog;

/** The FAQ editor; every entry a test creates is deleted afterwards, so the seeded FAQ stays as it was. */
@QuarkusTest
@TestSecurity(user = "admin1", roles = {"admin", "staff"})
class FaqEditorTest {

    private static final Pattern PREVIEW = Pattern.compile("/admin/faq/([0-9a-f-]{36})/preview$");

    @Inject
    AgroalDataSource dataSource;

    final List<UUID> created = new ArrayList<>();
    final Browser browser = new Browser();

    @AfterEach
    void deleteCreatedEntries() throws SQLException {
        for (UUID id : created) {
            update("DELETE FROM faq_entry WHERE id = ?", id);
        }
    }

    static List<Map.Entry<String, String>> texts(String tag, String answerEn) {
        return List.of(
                Map.entry("question_en", "How do I test " + tag + "?"),
                Map.entry("answer_en", answerEn),
                Map.entry("question_zh_Hans", "如何测试" + tag + "？"),
                Map.entry("answer_zh_Hans", "简体回答 " + tag),
                Map.entry("question_zh_Hant", "如何測試" + tag + "？"),
                Map.entry("answer_zh_Hant", "繁體回答 " + tag));
    }

    private UUID create(String tag, String answerEn) {
        browser.get("/admin/faq/new");
        Response response = browser.post("/admin/faq", texts(tag, answerEn));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
        Matcher m = PREVIEW.matcher(response.header("Location"));
        assertThat(m.find()).isTrue();
        UUID id = UUID.fromString(m.group(1));
        created.add(id);
        return id;
    }

    private String publicFaq(String lang) {
        return given().header("Accept-Language", lang).get("/faq").asString();
    }

    @Test
    void editPreviewPublishThenTheEntryShowsOnThePublicPageInTheRightLanguage() throws SQLException {
        UUID id = create("alpha", "English answer with **bold** text.");
        assertThat(publicFaq("zh-Hant")).doesNotContain("如何測試alpha");

        Response preview = browser.get("/admin/faq/" + id + "/preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.asString()).contains("English answer with <strong>bold</strong> text.")
                .contains("如何测试alpha").contains("如何測試alpha").contains("/admin/faq/" + id + "/publish");

        Response published = browser.post("/admin/faq/" + id + "/publish", List.of());
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(publicFaq("zh-Hant")).contains("如何測試alpha").contains("繁體回答 alpha").doesNotContain("如何测试alpha");
        assertThat(publicFaq("zh-Hans")).contains("如何测试alpha").contains("简体回答 alpha");
        assertThat(publicFaq("en")).contains("How do I test alpha?").contains("<strong>bold</strong>");

        // a later edit stays a draft until it is published again
        browser.get("/admin/faq/" + id + "/edit");
        assertThat(browser.post("/admin/faq/" + id, texts("alpha", "A better answer.")).statusCode()).isEqualTo(303);
        assertThat(publicFaq("en")).contains("English answer with").doesNotContain("A better answer.");
        assertThat(browser.get("/admin/faq").asString()).contains("unpublished changes");
        browser.get("/admin/faq/" + id + "/preview");
        browser.post("/admin/faq/" + id + "/publish", List.of());
        assertThat(publicFaq("en")).contains("A better answer.").doesNotContain("English answer with");

        assertThat(AuditRows.forTarget(dataSource, id.toString())).extracting(AuditRows.Row::detail)
                .containsExactly("action=create", "action=publish", "action=edit langs=en", "action=publish");
        assertThat(AuditRows.forTarget(dataSource, id.toString())).allSatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditLog.FAQ_CHANGED);
            assertThat(r.actor()).isEqualTo("admin1");
        });
    }

    @Test
    void rendersScriptsAndEventHandlersInMarkdownInertOnPreviewAndPublicPage() {
        UUID id = create("beta", "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[click](javascript:alert(2))");
        String preview = browser.get("/admin/faq/" + id + "/preview").asString();
        browser.post("/admin/faq/" + id + "/publish", List.of());
        String page = publicFaq("en");
        for (String html : List.of(preview, page)) {
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContainPattern("onerror=alert").doesNotContain("javascript:alert");
        }
        assertThat(page).contains("How do I test beta?");
    }

    @Test
    void restoresAnEarlierRevisionAsANewRevision() throws SQLException {
        UUID id = create("gamma", "First wording.");
        browser.get("/admin/faq/" + id + "/edit");
        browser.post("/admin/faq/" + id, texts("gamma", "Second wording."));

        String history = browser.get("/admin/faq/" + id + "/history").asString();
        assertThat(history).contains("admin1").contains("First wording.").contains("Second wording.");
        UUID first = revision(id, "First wording.");
        Response restored = browser.post("/admin/faq/" + id + "/revisions/" + first + "/restore", List.of());
        assertThat(restored.statusCode()).isEqualTo(303);

        assertThat(count("SELECT count(*) FROM faq_revision WHERE entry_id = ? AND lang = 'en'", id)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM faq_revision WHERE entry_id = ? AND restored_from IS NOT NULL", id))
                .isEqualTo(1);
        assertThat(browser.get("/admin/faq/" + id + "/preview").asString()).contains("First wording.")
                .doesNotContain("Second wording.");
        assertThat(browser.get("/admin/faq/" + id + "/history").asString()).contains("restored from the version of");
        browser.post("/admin/faq/" + id + "/publish", List.of());
        assertThat(publicFaq("en")).contains("First wording.");
    }

    @Test
    void refusesAPostWithoutTheCsrfTokenAndChangesNothing() throws SQLException {
        UUID id = create("delta", "Draft only.");
        browser.get("/admin/faq/" + id + "/preview");
        assertThat(browser.postWithoutCsrf("/admin/faq/" + id + "/publish", List.of()).statusCode()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM faq_entry WHERE id = ? AND published", id)).isZero();
        long entries = count("SELECT count(*) FROM faq_entry WHERE id <> ?", id);
        assertThat(browser.postWithoutCsrf("/admin/faq", texts("epsilon", "x")).statusCode()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM faq_entry WHERE id <> ?", id)).isEqualTo(entries);
        assertThat(publicFaq("en")).doesNotContain("How do I test delta?");
    }

    @Test
    void keepsWhatWasTypedAndSaysWhatIsMissingWhenALanguageIsEmpty() {
        browser.get("/admin/faq/new");
        List<Map.Entry<String, String>> fields = new ArrayList<>(texts("zeta", "Answer."));
        fields.removeIf(f -> f.getKey().equals("answer_zh_Hant"));
        Response response = browser.post("/admin/faq", fields);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("value=\"How do I test zeta?\"").contains("简体回答 zeta")
                .contains("Please fill this in.").contains("aria-invalid=\"true\"");
    }

    @Test
    void movesAnEntryUpAndDownTheList() {
        UUID first = create("eta", "One.");
        UUID second = create("theta", "Two.");
        assertThat(order()).containsSubsequence(first, second);
        browser.get("/admin/faq");
        assertThat(browser.post("/admin/faq/" + second + "/move", List.of(Map.entry("direction", "up"))).statusCode())
                .isEqualTo(303);
        assertThat(order()).containsSubsequence(second, first);
        browser.get("/admin/faq");
        browser.post("/admin/faq/" + second + "/move", List.of(Map.entry("direction", "down")));
        assertThat(order()).containsSubsequence(first, second);
    }

    @Test
    void unpublishingHidesTheEntryAtOnce() {
        UUID id = create("iota", "Visible for a while.");
        browser.get("/admin/faq/" + id + "/preview");
        browser.post("/admin/faq/" + id + "/publish", List.of());
        assertThat(publicFaq("en")).contains("How do I test iota?");
        browser.get("/admin/faq");
        assertThat(browser.post("/admin/faq/" + id + "/unpublish", List.of()).statusCode()).isEqualTo(303);
        assertThat(publicFaq("en")).doesNotContain("How do I test iota?");
    }

    @Test
    void answersUnknownOrMalformedIdsWith404() {
        assertThat(browser.get("/admin/faq/" + UUID.randomUUID() + "/edit").statusCode()).isEqualTo(404);
        assertThat(browser.get("/admin/faq/123/preview").statusCode()).isEqualTo(404);
    }

    @Test
    @TestSecurity(user = "staff1", roles = {"staff"})
    void isForAdminsOnly() {
        assertThat(given().redirects().follow(false).get("/admin/faq").statusCode()).isEqualTo(403);
    }

    private List<UUID> order() {
        String html = browser.get("/admin/faq").asString();
        List<UUID> ids = new ArrayList<>();
        Matcher m = Pattern.compile("/admin/faq/([0-9a-f-]{36})/edit").matcher(html);
        while (m.find()) {
            ids.add(UUID.fromString(m.group(1)));
        }
        return ids;
    }

    private UUID revision(UUID entry, String answer) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM faq_revision WHERE entry_id = ? AND answer_markdown = ? AND lang = 'en'")) {
            s.setObject(1, entry);
            s.setString(2, answer);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private long count(String sql, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }
}
