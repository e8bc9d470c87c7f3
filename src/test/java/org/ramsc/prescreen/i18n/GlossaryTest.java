package org.ramsc.prescreen.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One term per idea: the glossary's "terms to avoid" never appear in the texts of their language,
 * neither in the message bundles nor in the FAQ texts that the content migration writes.
 */
class GlossaryTest {

    private static final Path GLOSSARY = Path.of("src/main/resources/messages/GLOSSARY.md");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path FAQ_MIGRATION = Path.of(
            "src/main/resources/db/migration/V50__faq_says_what_its_sources_say.sql");

    /** One FAQ text row of the migration: entry, language, seeded md5 or NULL, question, answer. */
    private static final Pattern FAQ_ROW = Pattern.compile(
            "\\('[0-9a-f-]{36}', '(en|zh-Hans|zh-Hant)', (?:'[0-9a-f]{32}'|NULL), \\$md\\$(.*?)\\$md\\$, \\$md\\$(.*?)\\$md\\$\\)",
            Pattern.DOTALL);

    record Row(String concept, Map<Lang, String> terms, Map<Lang, List<String>> avoid) {
    }

    /** The rows of the glossary table, with the avoided terms per language. */
    static List<Row> glossary() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        for (String line : Files.readAllLines(GLOSSARY)) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
                assertThat(header).containsExactly("concept", "en", "zh-Hans", "zh-Hant", "terms to avoid");
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            Map<Lang, String> terms = new LinkedHashMap<>();
            terms.put(Lang.EN, cells.get(1));
            terms.put(Lang.ZH_HANS, cells.get(2));
            terms.put(Lang.ZH_HANT, cells.get(3));
            rows.add(new Row(cells.get(0), terms, avoided(cells.get(4))));
        }
        return rows;
    }

    /** "zh-Hans: a; b / zh-Hant: c" → {ZH_HANS: [a, b], ZH_HANT: [c]}. */
    static Map<Lang, List<String>> avoided(String cell) {
        Map<Lang, List<String>> avoid = new LinkedHashMap<>();
        if (cell.isBlank()) {
            return avoid;
        }
        for (String part : cell.split(" / ")) {
            int colon = part.indexOf(':');
            Lang lang = Lang.fromTag(part.substring(0, colon).strip()).orElseThrow(
                    () -> new AssertionError("unknown language in glossary: " + part));
            List<String> terms = new ArrayList<>();
            for (String term : part.substring(colon + 1).split(";")) {
                if (!term.isBlank()) {
                    terms.add(term.strip());
                }
            }
            avoid.put(lang, terms);
        }
        return avoid;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** Every patient text of one language: bundle values by key, then the migration's FAQ texts. */
    static Map<String, String> texts(Lang lang) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        String suffix = switch (lang) {
            case EN -> "";
            case ZH_HANS -> "_zh_Hans";
            case ZH_HANT -> "_zh_Hant";
        };
        for (String bundle : Messages.BUNDLES) {
            Path file = MESSAGES.resolve(bundle + suffix + ".properties");
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file)));
            for (String key : properties.stringPropertyNames()) {
                texts.put(file.getFileName() + " " + key, properties.getProperty(key));
            }
        }
        Matcher row = FAQ_ROW.matcher(Files.readString(FAQ_MIGRATION));
        int n = 0;
        while (row.find()) {
            if (row.group(1).equals(lang.tag())) {
                n++;
                texts.put(FAQ_MIGRATION.getFileName() + " row " + n, row.group(2) + "\n" + row.group(3));
            }
        }
        return texts;
    }

    @Test
    void theGlossaryIsOneTableWithATermInEveryLanguage() throws IOException {
        List<Row> rows = glossary();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
        assertThat(rows).allSatisfy(row -> assertThat(row.terms().values()).as(row.concept()).allSatisfy(
                term -> assertThat(term).isNotBlank()));
        assertThat(rows).anySatisfy(row -> assertThat(row.avoid()).containsKey(Lang.ZH_HANT));
    }

    @Test
    void theMigrationTextsAreFoundForEveryLanguage() throws IOException {
        for (Lang lang : Lang.values()) {
            assertThat(texts(lang).keySet()).as(lang.tag()).filteredOn(key -> key.startsWith("V50"))
                    .hasSize(12);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void noTextUsesATermTheGlossarySaysToAvoid(Lang lang) throws IOException {
        Map<String, String> texts = texts(lang);
        List<String> found = new ArrayList<>();
        for (Row row : glossary()) {
            for (String term : row.avoid().getOrDefault(lang, List.of())) {
                texts.forEach((where, text) -> {
                    if (text.toLowerCase().contains(term.toLowerCase())) {
                        found.add(where + ": \"" + term + "\" (" + row.concept() + ")");
                    }
                });
            }
        }
        assertThat(found).as(lang.tag()).isEmpty();
    }

    @Test
    void anAvoidedTermIsCaught() {
        Map<Lang, List<String>> avoid = avoided("en: saved on this device / zh-Hant: 帶上; 患者");

        assertThat(avoid.get(Lang.ZH_HANT)).containsExactly("帶上", "患者");
        assertThat(avoid.get(Lang.EN)).containsExactly("saved on this device");
        assertThat("請帶上結果").contains(avoid.get(Lang.ZH_HANT).get(0));
    }
}
