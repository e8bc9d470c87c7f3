package org.ramsc.prescreen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Form answers for each wizard step, starting from worked example 1 of the rules, easy to vary. */
final class StepForms {

    private final Map<Integer, List<Map.Entry<String, String>>> steps = new java.util.HashMap<>();

    static StepForms example1() {
        StepForms forms = new StepForms();
        forms.steps.put(1, fields("age", "52", "raDiagnosed", "yes", "diagnosisYear", "2015"));
        forms.steps.put(2, fields("scoreKnown", "das28_esr", "scoreValue", "4.6", "tenderJoints", "wrist_left",
                "tenderJoints", "mcp2_right", "morningStiffness", "over_60", "patientGlobal", "6", "pain", "5"));
        forms.steps.put(3, fields("csdmardsTried", "methotrexate", "csdmardLongEnough", "yes",
                "csdmardOutcome", "inadequate", "steroidCurrent", "no"));
        forms.steps.put(4, fields("jointFused", "no", "jointDestroyedTold", "no", "jointDeformity", "no",
                "jointSurgery", "no", "functionLevel", "2"));
        forms.steps.put(5, fields("infectionNow", "no", "infectionHistory", "no", "tbHistory", "no",
                "hepatitisHiv", "no", "lungDisease", "no", "cancer", "none", "pregnancy", "not_applicable",
                "otherAutoimmune", "no"));
        forms.steps.put(6, fields("understandsInvestigational", "yes", "wantsImmunomodulation", "yes"));
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
