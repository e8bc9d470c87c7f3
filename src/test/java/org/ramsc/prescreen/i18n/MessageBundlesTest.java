package org.ramsc.prescreen.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language has every key, and every key a template names exists. */
class MessageBundlesTest {

    static Stream<String> bundles() {
        return Messages.BUNDLES.stream();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLanguageHasTheSameKeys(String bundle) throws IOException {
        Set<String> english = keys(bundle, "");
        assertThat(keys(bundle, "_zh_Hans")).as(bundle + " zh-Hans").isEqualTo(english);
        assertThat(keys(bundle, "_zh_Hant")).as(bundle + " zh-Hant").isEqualTo(english);
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Pattern literal = Pattern.compile("page\\.t\\('([a-zA-Z0-9_.]+)'");
        // page.texts('a', 'b', ...) names several keys at once: a table's column headings
        Pattern texts = Pattern.compile("page\\.texts\\(([^)]*)\\)");
        Pattern quoted = Pattern.compile("'([a-zA-Z0-9_.]+)'");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String template = Files.readString(file);
                List<String> keys = new ArrayList<>();
                literal.matcher(template).results().forEach(m -> keys.add(m.group(1)));
                texts.matcher(template).results()
                        .forEach(call -> quoted.matcher(call.group(1)).results().forEach(m -> keys.add(m.group(1))));
                for (String key : keys) {
                    for (Lang lang : Lang.values()) {
                        if (!Messages.get().has(lang, key)) {
                            missing.add(lang.tag() + ": " + key + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Keys follow {@code <feature>.<page>.<what>}, the feature being the package that shows the text
     * (the questions are {@code q.}, shared page parts {@code layout.}, {@code error.} and
     * {@code validation.}); a whole key written in Java must exist, so a typo fails here, not on a page.
     */
    @Test
    void everyKeyWrittenOutInJavaExistsAndEveryKeyHasAKnownFeature() throws IOException {
        Set<String> features = Set.of("screening", "notify", "faq", "review", "admin", "security", "rules", "q",
                "layout", "error", "validation");
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", features) + ")\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // the audit trail's action codes ("faq.changed") look like keys but are stored, not shown
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("AuditLog.java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    // a literal that code completes ("q.joint.short.finger" + digit) is the start of keys
                    if (!Messages.get().has(Lang.DEFAULT, key) && Messages.get().keys(Lang.DEFAULT).stream()
                            .noneMatch(known -> known.startsWith(key))) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys in Java that no bundle has (neither as a key nor as a prefix)").isEmpty();
        Set<String> unknownFeature = new TreeSet<>();
        for (String key : Messages.get().keys(Lang.DEFAULT)) {
            if (!features.contains(key.substring(0, key.indexOf('.')))) {
                unknownFeature.add(key);
            }
        }
        assertThat(unknownFeature).as("keys outside the <feature>.<page>.<what> scheme").isEmpty();
    }

    @Test
    void noPatientTextSaysEligible() {
        for (Lang lang : Lang.values()) {
            for (String key : Messages.get().keys(lang)) {
                String text = Messages.get().text(lang, key).toLowerCase();
                assertThat(text).as(lang + " " + key).doesNotContain("eligible").doesNotContain("合格");
            }
        }
    }

    private static Set<String> keys(String bundle, String suffix) throws IOException {
        Path path = Path.of("src/main/resources/messages/" + bundle + suffix + ".properties");
        Properties properties = new Properties();
        if (Files.exists(path)) {
            try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
