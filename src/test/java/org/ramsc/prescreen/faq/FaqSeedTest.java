package org.ramsc.prescreen.faq;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reads the FAQ as Flyway seeded it (V3), straight from the database. */
@QuarkusTest
class FaqSeedTest {

    private static final Set<String> LANGS = Set.of("en", "zh-Hans", "zh-Hant");

    private static final List<String> REQUIRED_SLUGS = List.of("what-is-msc", "how-it-differs",
            "does-it-weaken-immunity", "how-long-does-it-last", "can-i-stop-medicines", "who-may-be-suitable",
            "what-is-ifn-gamma", "side-effects", "is-it-approved", "what-to-ask");

    /** The last line of every answer: an italic source line with at least one link. */
    private static final Pattern SOURCE_LINE = Pattern.compile("^\\*(Sources?: |来源：|資料來源：).*\\]\\(https://.+\\*$");

    private static final Pattern ELIGIBILITY_WORDING = Pattern.compile("(?i)eligib|合格|资格|資格");

    @Inject
    AgroalDataSource dataSource;

    record Translation(String slug, String lang, String question, String answer) {

        String lastLine() {
            String[] lines = answer.strip().split("\n");
            return lines[lines.length - 1];
        }

        String where() {
            return slug + " [" + lang + "]";
        }
    }

    @Test
    void seedsAtLeastTenPublishedEntriesIncludingTheCoreQuestions() throws SQLException {
        Map<String, Set<String>> langsBySlug = langsBySlug();

        assertThat(langsBySlug).hasSizeGreaterThanOrEqualTo(10);
        assertThat(langsBySlug.keySet()).containsAll(REQUIRED_SLUGS);
    }

    @Test
    void everyEntryIsWrittenInAllThreeLanguages() throws SQLException {
        assertThat(langsBySlug()).allSatisfy((slug, langs) -> assertThat(langs).as(slug).isEqualTo(LANGS));
    }

    @Test
    void everyAnswerEndsWithItsSourceLine() throws SQLException {
        assertThat(translations()).isNotEmpty().allSatisfy(t -> assertThat(t.lastLine()).as(t.where())
                .matches(SOURCE_LINE));
    }

    @Test
    void englishAnswersStayShortEnoughToRead() throws SQLException {
        assertThat(translations()).filteredOn(t -> t.lang().equals("en")).allSatisfy(t -> {
            String body = t.answer().strip();
            body = body.substring(0, body.lastIndexOf('\n'));
            assertThat(body.split("\\s+").length).as(t.where()).isBetween(60, 180);
        });
    }

    @Test
    void noQuestionOrAnswerSpeaksOfEligibility() throws SQLException {
        assertThat(translations()).allSatisfy(t -> {
            assertThat(t.question()).as(t.where()).doesNotContainPattern(ELIGIBILITY_WORDING);
            assertThat(t.answer()).as(t.where()).doesNotContainPattern(ELIGIBILITY_WORDING);
        });
    }

    private Map<String, Set<String>> langsBySlug() throws SQLException {
        Map<String, Set<String>> langs = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT e.slug, t.lang
                        FROM faq_entry e LEFT JOIN faq_translation t ON t.entry_id = e.id
                        WHERE e.published
                        ORDER BY e.position""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Set<String> forSlug = langs.computeIfAbsent(rows.getString(1), slug -> new TreeSet<>());
                if (rows.getString(2) != null) {
                    forSlug.add(rows.getString(2));
                }
            }
        }
        return langs;
    }

    private List<Translation> translations() throws SQLException {
        List<Translation> translations = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT e.slug, t.lang, t.question, t.answer_markdown
                        FROM faq_translation t JOIN faq_entry e ON e.id = t.entry_id
                        ORDER BY e.position, t.lang""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                translations.add(new Translation(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4)));
            }
        }
        return translations;
    }
}
