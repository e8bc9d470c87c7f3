package org.ramsc.prescreen.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.submission.SubmissionStatus;

/** The staff, admin and FAQ texts exist in all three languages, and every key the code uses is there. */
class ReviewAndFaqTextsTest {

    private static final Pattern KEY = Pattern.compile("['\"]((?:review|faq)\\.[a-z0-9_.]+[a-z0-9_])['\"]");

    @ParameterizedTest
    @ValueSource(strings = {"review", "faq"})
    void everyLanguageFileHasTheSameKeysAndNoEmptyText(String bundle) {
        Map<String, String> english = read(bundle, Lang.EN);
        assertThat(english).isNotEmpty();
        for (Lang lang : Lang.values()) {
            Map<String, String> texts = read(bundle, lang);
            assertThat(texts.keySet()).as(bundle + " " + lang.tag()).isEqualTo(english.keySet());
            assertThat(texts).as(bundle + " " + lang.tag()).allSatisfy((key, text) -> assertThat(text).isNotBlank());
        }
    }

    @Test
    void chineseTextsAreWrittenInTheirOwnScript() {
        // a few characters that differ between the scripts, as a guard against a file pasted into the other
        for (String bundle : new String[] {"review", "faq"}) {
            assertThat(String.join("", read(bundle, Lang.ZH_HANS).values())).doesNotContain("題", "單", "態", "錄", "聯");
            assertThat(String.join("", read(bundle, Lang.ZH_HANT).values())).doesNotContain("题", "单", "态", "录", "联");
        }
    }

    @Test
    void everyKeyUsedInTheStaffAdminAndFaqCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String root : new String[] {"src/main/java/org/ramsc/prescreen/review", "src/main/java/org/ramsc/prescreen/admin",
                "src/main/java/org/ramsc/prescreen/faq", "src/main/resources/templates"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (Outcome outcome : Outcome.values()) {
            used.add("review.outcome." + outcome.name());
        }
        for (SubmissionStatus status : SubmissionStatus.values()) {
            used.add("review.status." + status.code());
        }
        assertThat(used).hasSizeGreaterThan(100);
        for (Lang lang : Lang.values()) {
            assertThat(used).as(lang.tag()).allSatisfy(key -> assertThat(Messages.get().has(lang, key)).as(key).isTrue());
        }
    }

    private static Map<String, String> read(String bundle, Lang lang) {
        String path = "messages/" + bundle + (lang == Lang.EN ? "" : "_" + lang.tag().replace('-', '_')) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ReviewAndFaqTextsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
