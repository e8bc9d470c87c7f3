package org.ramsc.prescreen.faq;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The FAQ migration of issue 13 (V50) replaces seeded texts, but never an admin's: it is run again
 * here, inside a transaction that is rolled back, over translations put back into each state.
 */
@QuarkusTest
class FaqContentMigrationTest {

    private static final Path V3 = Path.of("src/main/resources/db/migration/V3__faq_seed.sql");
    private static final Path V50 = Path.of("src/main/resources/db/migration/V50__faq_says_what_its_sources_say.sql");
    private static final UUID WHAT_IS_MSC = UUID.fromString("880a1eca-3bb2-4e3f-8a95-f0c53b169109");

    @Inject
    AgroalDataSource dataSource;

    record Text(String question, String answer) {
    }

    /** The text a migration file writes for what-is-msc in one language. */
    private static Text textIn(Path migration, String lang) throws IOException {
        Matcher row = Pattern.compile("\\('" + WHAT_IS_MSC + "', '" + lang
                + "', (?:'[0-9a-f]{32}', )?\\$md\\$(.*?)\\$md\\$, \\$md\\$(.*?)\\$md\\$\\)", Pattern.DOTALL)
                .matcher(Files.readString(migration));
        assertThat(row.find()).as(migration + " " + lang).isTrue();
        return new Text(row.group(1), row.group(2));
    }

    @Test
    void theAppliedMigrationReplacedTheSeededTextsAndAddedTheTrialEntry() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Text now = stored(connection, WHAT_IS_MSC, "en");
            assertThat(now).isEqualTo(textIn(V50, "en"));
            assertThat(now.answer()).doesNotContain("given into a vein").contains("differs between studies");
            assertThat(answers(connection, "side-effects")).allSatisfy(answer -> assertThat(answer)
                    .containsAnyOf("adverse event", "不良事件").doesNotContain("严重副作用", "嚴重副作用"));
            assertThat(answers(connection, "how-to-find-a-trial")).hasSize(3).allSatisfy(answer ->
                    assertThat(answer).contains("https://clinicaltrials.gov/", "https://www.chictr.org.cn/",
                            "https://www1.cde.org.tw/ct_taiwan/"));
        }
    }

    @Test
    void aTranslationStillHoldingTheSeededTextIsReplaced() throws Exception {
        Text seeded = textIn(V3, "zh-Hant");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                put(connection, "zh-Hant", seeded);
                deleteRevisions(connection, "zh-Hant");

                runV50(connection);

                assertThat(stored(connection, WHAT_IS_MSC, "zh-Hant")).isEqualTo(textIn(V50, "zh-Hant"));
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void anAdminsPublishedEditIsLeftAlone() throws Exception {
        Text edited = new Text("什麼是間質幹細胞？", "管理員改寫的內容。\n\n*資料來源：[x](https://example.org)*");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                put(connection, "zh-Hant", edited);
                addRevision(connection, "zh-Hant", edited);

                runV50(connection);

                assertThat(stored(connection, WHAT_IS_MSC, "zh-Hant")).isEqualTo(edited);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void anEditMadeWithoutTheEditorIsLeftAloneToo() throws Exception {
        Text edited = new Text("What are MSCs?", "Changed by hand in the database.\n\n*Source: [x](https://example.org)*");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                put(connection, "en", edited);
                deleteRevisions(connection, "en");

                runV50(connection);

                assertThat(stored(connection, WHAT_IS_MSC, "en")).isEqualTo(edited);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void aSeededTextWithAnAdminsUnpublishedDraftIsLeftAlone() throws Exception {
        Text seeded = textIn(V3, "en");
        Text draft = new Text(seeded.question(), seeded.answer().replace("bone marrow", "bone marrow (draft)"));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                put(connection, "en", seeded);
                addRevision(connection, "en", draft);

                runV50(connection);

                assertThat(stored(connection, WHAT_IS_MSC, "en")).isEqualTo(seeded);
                assertThat(revisionCount(connection, "en")).isEqualTo(1);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void runV50(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            // the new entry exists already; running the whole file again must not fail on it
            statement.execute(Files.readString(V50));
        }
    }

    private static void put(Connection connection, String lang, Text text) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE faq_translation SET question = ?, answer_markdown = ? WHERE entry_id = ? AND lang = ?")) {
            update.setString(1, text.question());
            update.setString(2, text.answer());
            update.setObject(3, WHAT_IS_MSC);
            update.setString(4, lang);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void deleteRevisions(Connection connection, String lang) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM faq_revision WHERE entry_id = ? AND lang = ?")) {
            delete.setObject(1, WHAT_IS_MSC);
            delete.setString(2, lang);
            delete.executeUpdate();
        }
    }

    private static void addRevision(Connection connection, String lang, Text text) throws SQLException {
        deleteRevisions(connection, lang);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO faq_revision (id, entry_id, lang, question, answer_markdown, author, created_at)
                VALUES (?, ?, ?, ?, ?, 'admin', now())""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, WHAT_IS_MSC);
            insert.setString(3, lang);
            insert.setString(4, text.question());
            insert.setString(5, text.answer());
            insert.executeUpdate();
        }
    }

    private static int revisionCount(Connection connection, String lang) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM faq_revision WHERE entry_id = ? AND lang = ?")) {
            query.setObject(1, WHAT_IS_MSC);
            query.setString(2, lang);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Text stored(Connection connection, UUID entry, String lang) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT question, answer_markdown FROM faq_translation WHERE entry_id = ? AND lang = ?")) {
            query.setObject(1, entry);
            query.setString(2, lang);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return new Text(rows.getString(1), rows.getString(2));
            }
        }
    }

    private static List<String> answers(Connection connection, String slug) throws SQLException {
        List<String> answers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT t.answer_markdown FROM faq_translation t JOIN faq_entry e ON e.id = t.entry_id
                WHERE e.slug = ?""")) {
            query.setString(1, slug);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    answers.add(rows.getString(1));
                }
            }
        }
        return answers;
    }
}
