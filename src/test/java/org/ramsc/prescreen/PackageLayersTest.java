package org.ramsc.prescreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers, and a request travels down them only: a package may import those
 * below it, never one above or beside it. This is the order; a new package must be placed in it.
 */
class PackageLayersTest {

    /** Lowest first. The root package ({@code Main}) stands above them all. */
    static final List<String> LAYERS = List.of(
            "questionnaire", // the one definition
            "rules",         // the pure rule set, over the definition
            "i18n",          // languages and message bundles
            "db",            // the embedded database
            "web",           // page plumbing: layout globals, responses, form errors, CSRF, error pages
            "security",      // accounts, sessions, sign-in, audit, who is acting
            "submission",    // what a patient sent: the entity, its factory, its status
            "notify",        // mail about submissions
            "screening",     // the patient's wizard, result and send
            "api",           // the JSON and FHIR API
            "faq",           // public FAQ and evidence pages
            "review",        // the clinic's queue, detail and exports
            "admin");        // accounts, FAQ editing, audit pages

    private static final Path MAIN = Path.of("src/main/java/org/ramsc/prescreen");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.ramsc\\.prescreen\\.([a-z0-9_]+)\\.",
            Pattern.MULTILINE);
    private static final Pattern FRAMEWORK = Pattern.compile("^import (?:static )?(io\\.quarkus|jakarta|io\\.vertx)\\.",
            Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyThoseBelowIt() throws IOException {
        List<String> upward = new ArrayList<>();
        for (Path file : javaFiles()) {
            String own = packageOf(file);
            if (own.isEmpty()) {
                continue;
            }
            assertThat(LAYERS).as("the layer of package " + own + " (add it to LAYERS)").contains(own);
            Matcher imports = IMPORT.matcher(Files.readString(file));
            while (imports.find()) {
                String target = imports.group(1);
                if (!target.equals(own) && LAYERS.indexOf(target) >= LAYERS.indexOf(own)) {
                    upward.add(MAIN.relativize(file) + " imports " + target);
                }
            }
        }
        assertThat(upward).as("imports of a package at the same level or above").isEmpty();
    }

    @Test
    void theDefinitionAndTheRulesNeedNoFramework() throws IOException {
        List<String> framework = new ArrayList<>();
        for (Path file : javaFiles()) {
            String own = packageOf(file);
            if ((own.equals("questionnaire") || own.equals("rules")) && FRAMEWORK.matcher(Files.readString(file)).find()) {
                framework.add(MAIN.relativize(file).toString());
            }
        }
        assertThat(framework).as("questionnaire and rules are plain Java").isEmpty();
    }

    @Test
    void theCheckReadsTheRealTree() throws IOException {
        // a wrong working directory would make the checks above pass over nothing
        assertThat(javaFiles()).hasSizeGreaterThan(100);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    /** The feature package: the first folder below the base, or "" for the base itself. */
    private static String packageOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }
}
