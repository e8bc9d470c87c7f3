package org.ramsc.prescreen.rules;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramsc.prescreen.questionnaire.AnswerValidator;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Problem;
import org.ramsc.prescreen.questionnaire.Validation;

/**
 * Builds answers for rule tests the way the app gets them: raw text run through the validator, so
 * that conditions apply and a typo in a test fails loudly. Starts from worked example 1 of
 * {@code rules.md}, the shared {@link ExampleAnswers#example1()}; changes read
 * {@code "age=17; tenderJoints=wrist_left,knee_right"}, with {@code []} for an empty list and
 * {@code null} for "not answered".
 */
public final class TestAnswers {

    private final Map<String, List<String>> raw = new LinkedHashMap<>();
    private boolean allowMissing;

    private TestAnswers() {
    }

    /** Worked example 1: every rule MEETS or INFO. */
    public static TestAnswers example1() {
        TestAnswers answers = new TestAnswers();
        answers.raw.putAll(ExampleAnswers.example1().text());
        return answers;
    }

    public static Answers example1With(String changes) {
        return example1().with(changes).answers();
    }

    /** Applies {@code key=value} changes separated by semicolons. */
    public TestAnswers with(String changes) {
        for (String change : changes.split(";")) {
            if (change.isBlank()) {
                continue;
            }
            int eq = change.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not key=value: " + change);
            }
            set(change.substring(0, eq).strip(), change.substring(eq + 1).strip());
        }
        return this;
    }

    public TestAnswers set(String itemId, String value) {
        switch (value) {
            case "null" -> {
                raw.remove(itemId);
                allowMissing = true;
            }
            case "[]" -> raw.put(itemId, List.of());
            default -> raw.put(itemId, value.contains(",")
                    ? Arrays.stream(value.split(",")).map(String::strip).toList()
                    : List.of(value));
        }
        return this;
    }

    /** The answers as JSON-ready values: lists for list items, single values otherwise. */
    public Map<String, List<String>> raw() {
        return raw;
    }

    /** Validated answers; fails on anything the validator would reject. */
    public Answers answers() {
        Validation validation = new AnswerValidator(Year.of(2025)).validateAll(raw);
        List<Problem> problems = new ArrayList<>(validation.problems());
        if (allowMissing) {
            problems.removeIf(problem -> problem.code().equals(Problem.REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid test answers: " + problems);
        }
        return validation.answers();
    }
}
