package org.ramsc.prescreen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExampleAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyExampleFileIsAValidSet() throws IOException, URISyntaxException {
        Path folder = Path.of(ExampleAnswers.class.getResource("/examples").toURI());
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".json")).map(file -> file.replace(".json", "")).toList();
        }

        assertThat(names).contains("example-1", "example-2", "example-3", "example-4", "example-1-with-optional");
        // reading validates: a wrong or missing required answer would throw here
        assertThat(names).allSatisfy(name -> assertThat(ExampleAnswers.named(name).answers().asMap()).isNotEmpty());
    }

    @Test
    void theApiJsonOfTheWholeSetIsTheFileAsWritten() throws IOException {
        try (InputStream file = ExampleAnswers.class.getResourceAsStream("/examples/example-1.json")) {
            assertThat(JSON.readTree(ExampleAnswers.example1().json())).isEqualTo(JSON.readTree(file));
        }
    }

    @Test
    void apiValuesHaveTheTypesTheApiTakes() {
        Map<String, Object> values = ExampleAnswers.example1().jsonValues();

        assertThat(values.get("age")).isEqualTo(52);
        assertThat(values.get("scoreValue")).isEqualTo(new BigDecimal("4.6"));
        assertThat(values.get("tenderJoints")).isEqualTo(List.of("wrist_left", "mcp2_right"));
        assertThat(values.get("swollenJoints")).isEqualTo(List.of());
        assertThat(values).doesNotContainKeys("diagnosisYear", "esr");
    }

    @Test
    void aVariantIsItsBaseWithTheChangesOfItsFile() {
        List<String> changed = List.of("scoreKnown", "scoreValue", "tenderJoints", "swollenJoints");
        Answers three = ExampleAnswers.example3().answers();

        assertThat(three.without(changed)).isEqualTo(ExampleAnswers.example1().answers().without(changed));
        assertThat(three.code("scoreKnown")).isEqualTo("none");
        assertThat(three.has("scoreValue")).isFalse();
        assertThat(three.codes("tenderJoints")).containsExactly("wrist_left", "knee_left", "knee_right");
        assertThat(ExampleAnswers.example1WithOptional().answers().integer("diagnosisYear")).isEqualTo(2015);
    }

    @Test
    void formFieldsFollowTheWizardStepsWithOneFieldPerSelectedCode() {
        ExampleAnswers example = ExampleAnswers.example1();

        assertThat(example.formFields(Questionnaire.step(2))).containsSubsequence(
                Map.entry("scoreKnown", "das28_esr"), Map.entry("scoreValue", "4.6"),
                Map.entry("tenderJoints", "wrist_left"), Map.entry("tenderJoints", "mcp2_right"),
                Map.entry("morningStiffness", "over_60"), Map.entry("patientGlobal", "6"), Map.entry("pain", "5"))
                .extracting(Map.Entry::getKey).doesNotContain("swollenJoints");
        assertThat(ExampleAnswers.example1WithOptional().formFields(Questionnaire.step(6))).containsSubsequence(
                Map.entry("understandsInvestigational", "yes"), Map.entry("wantsImmunomodulation", "yes"));
        int selectedOrSingle = example.answers().asMap().values().stream()
                .mapToInt(value -> value instanceof List<?> codes ? codes.size() : 1).sum();
        assertThat(Questionnaire.STEPS.stream().mapToInt(step -> example.formFields(step).size()).sum())
                .as("every answer posted on its own step, each selected code once")
                .isEqualTo(selectedOrSingle);
    }

    @Test
    void textIsWhatTheValidatorReads() {
        Map<String, List<String>> text = ExampleAnswers.example1().text();

        assertThat(text.get("scoreValue")).containsExactly("4.6");
        assertThat(text.get("tenderJoints")).containsExactly("wrist_left", "mcp2_right");
        assertThat(text.get("swollenJoints")).isEmpty();
    }

    @Test
    void changesReplaceOrRemoveAnswers() {
        ExampleAnswers changed = ExampleAnswers.example1().with("esr", 30).with("pain", 7);

        assertThat(changed.answers().decimal("esr")).isEqualByComparingTo("30");
        assertThat(changed.answers().integer("pain")).isEqualTo(7);
        assertThat(changed.with("esr", null).answers().has("esr")).isFalse();
    }

    @Test
    void aSetThatIsNotValidFailsNamingItAndTheProblem() {
        assertThatThrownBy(() -> ExampleAnswers.example1().with("age", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("example-1").hasMessageContaining("age");
        assertThatThrownBy(() -> ExampleAnswers.example1().with("age", "52"))
                .hasMessageContaining("age takes INTEGER");
        assertThatThrownBy(() -> ExampleAnswers.example1().with("favouriteColour", "blue"))
                .hasMessageContaining("favouriteColour");
        assertThatThrownBy(() -> ExampleAnswers.named("no-such-example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-example");
    }
}
