package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.ItemType;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;

/**
 * Every question of every step refuses a bad answer with a message next to it, keeps the other
 * answers and saves nothing. The cases come from the definition, so a new question is covered.
 */
@QuarkusTest
class StepBadInputTest {

    static Stream<Arguments> badAnswers() {
        return Questionnaire.STEPS.stream().flatMap(step -> step.items().stream()
                .filter(item -> StepForms.example1().step(step.number()).stream()
                        .anyMatch(f -> f.getKey().equals(item.id())))
                .map(item -> Arguments.of(step.number(), item.id(), badValue(item))));
    }

    static Stream<Arguments> requiredItems() {
        return Questionnaire.STEPS.stream().flatMap(step -> step.items().stream()
                .filter(item -> item.required() && item.type() != ItemType.CODES
                        && StepForms.example1().step(step.number()).stream().anyMatch(f -> f.getKey().equals(item.id())))
                .map(item -> Arguments.of(step.number(), item.id())));
    }

    private static String badValue(Item item) {
        return switch (item.type()) {
            case INTEGER, DECIMAL -> "100000";
            case BOOLEAN -> "perhaps";
            default -> "not_a_code";
        };
    }

    /** Reaches the step with valid answers to the ones before it. */
    private static Browser atStep(int n, String lang) {
        Browser browser = new Browser().acceptLanguage(lang);
        for (int before = 1; before < n; before++) {
            browser.fill("/screening/step/" + before, StepForms.example1().step(before));
        }
        browser.get("/screening/step/" + n);
        return browser;
    }

    @ParameterizedTest(name = "step {0}: {1}={2}")
    @MethodSource("badAnswers")
    void refusesABadAnswerNextToItsQuestion(int n, String itemId, String bad) {
        Browser browser = atStep(n, "zh-Hans");
        Response response = browser.post("/screening/step/" + n, StepForms.example1().with(n, itemId, bad).step(n));
        assertThat(response.statusCode()).isEqualTo(422);
        String html = response.asString();
        assertThat(html).contains("id=\"" + itemId + "-error\"").contains("href=\"#" + itemId);
        assertThat(html).doesNotContain("validation.");
        // the step was not saved: the next step is still out of reach
        if (n < 6) {
            assertThat(browser.get("/screening/step/" + (n + 1)).statusCode()).isEqualTo(303);
        }
    }

    @ParameterizedTest(name = "step {0}: {1} missing")
    @MethodSource("requiredItems")
    void asksForAMissingRequiredAnswerAndKeepsTheOthers(int n, String itemId) {
        Browser browser = atStep(n, "en");
        List<Map.Entry<String, String>> fields = StepForms.example1().without(n, itemId).step(n);
        Response response = browser.post("/screening/step/" + n, fields);
        assertThat(response.statusCode()).isEqualTo(422);
        String html = response.asString();
        assertThat(html).contains("id=\"" + itemId + "-error\"").contains("Please answer this question.");
        Map.Entry<String, String> kept = fields.get(0);
        Item keptItem = Questionnaire.item(kept.getKey()).orElseThrow();
        String keptMarkup = keptItem.type().isNumeric() ? "value=\"" + kept.getValue() + "\""
                : "value=\"" + kept.getValue() + "\" checked";
        assertThat(html).contains(keptMarkup);
    }

    static Stream<Step> steps() {
        return Questionnaire.STEPS.stream();
    }

    @ParameterizedTest(name = "step {0}")
    @MethodSource("steps")
    void refusesAFieldFromAnotherStep(Step step) {
        Browser browser = atStep(step.number(), "en");
        String foreign = step.number() == 1 ? "pain" : "age";
        Response response = browser.post("/screening/step/" + step.number(),
                StepForms.example1().with(step.number(), foreign, "5").step(step.number()));
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "step {0}")
    @MethodSource("steps")
    void refusesAFieldWithoutANameAsABadRequestAndSavesNothing(Step step) {
        Browser browser = atStep(step.number(), "en");
        String draftBefore = browser.cookie(DraftToken.COOKIE);
        String resumesAt = browser.get("/screening").header("Location");
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(StepForms.example1().step(step.number()));
        fields.add(Map.entry("", ""));
        Response response = browser.post("/screening/step/" + step.number(), fields);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).doesNotContain("Exception");
        assertThat(browser.cookie(DraftToken.COOKIE)).isEqualTo(draftBefore);
        // nothing was saved: the screening resumes where it did before
        assertThat(browser.get("/screening").header("Location")).isEqualTo(resumesAt);
    }
}
