package org.ramsc.prescreen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Questionnaire;

/**
 * Form answers for each wizard step, easy to vary: worked example 1 as a patient completes it, with
 * the optional questions answered too ({@link ExampleAnswers#example1WithOptional()}).
 */
final class StepForms {

    private final Map<Integer, List<Map.Entry<String, String>>> steps = new java.util.HashMap<>();

    static StepForms example1() {
        ExampleAnswers example = ExampleAnswers.example1WithOptional();
        StepForms forms = new StepForms();
        Questionnaire.STEPS.forEach(step -> forms.steps.put(step.number(), example.formFields(step)));
        return forms;
    }

    List<Map.Entry<String, String>> step(int n) {
        return steps.get(n);
    }

    /** Replaces (or adds) one field of a step. */
    StepForms with(int step, String name, String value) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(steps.get(step));
        fields.removeIf(field -> field.getKey().equals(name));
        fields.add(Map.entry(name, value));
        steps.put(step, fields);
        return this;
    }

    StepForms without(int step, String name) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(steps.get(step));
        fields.removeIf(field -> field.getKey().equals(name));
        steps.put(step, fields);
        return this;
    }

    static List<Map.Entry<String, String>> fields(String... pairs) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return fields;
    }
}
