package org.ramsc.prescreen.questionnaire;

import static org.ramsc.prescreen.questionnaire.Condition.anySelected;
import static org.ramsc.prescreen.questionnaire.Condition.equalTo;
import static org.ramsc.prescreen.questionnaire.Condition.noneSelected;
import static org.ramsc.prescreen.questionnaire.Condition.notEqualTo;
import static org.ramsc.prescreen.questionnaire.Item.bool;
import static org.ramsc.prescreen.questionnaire.Item.code;
import static org.ramsc.prescreen.questionnaire.Item.codes;
import static org.ramsc.prescreen.questionnaire.Item.decimal;
import static org.ramsc.prescreen.questionnaire.Item.integer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The screening questionnaire, version 1: the single definition from which the wizard, server-side
 * validation, the JSON API, the FHIR Questionnaire and the staff views are all derived.
 * Read it as the tables of {@code questionnaire.md}.
 */
public final class Questionnaire {

    public static final String VERSION = "1";
    public static final String CANONICAL_URL = "https://ra-msc-prescreen.org/fhir/Questionnaire/ra-msc-prescreen";
    public static final String FHIR_ID = "ra-msc-prescreen";

    public static final List<String> YES_NO_UNSURE = List.of("yes", "no", "unsure");
    public static final List<String> YES_NO = List.of("yes", "no");
    public static final List<String> TREATMENT_OUTCOMES = List.of("inadequate", "intolerant", "good", "unsure");
    public static final List<String> SCORES = List.of("none", "das28_esr", "das28_crp", "cdai", "sdai");
    public static final List<String> JOINTS = joints();

    /** The 28 joints of the DAS28 count, grouped as they are usually examined: top to bottom, left then right. */
    public static final ValueSet JOINT_SITES = new ValueSet("joint", JOINTS, List.of(
            ValueSet.Group.of("shoulders", "shoulder_left", "shoulder_right"),
            ValueSet.Group.of("elbows", "elbow_left", "elbow_right"),
            ValueSet.Group.of("wrists", "wrist_left", "wrist_right"),
            ValueSet.Group.of("knuckles_left", "mcp1_left", "mcp2_left", "mcp3_left", "mcp4_left", "mcp5_left"),
            ValueSet.Group.of("knuckles_right", "mcp1_right", "mcp2_right", "mcp3_right", "mcp4_right", "mcp5_right"),
            ValueSet.Group.of("fingers_left", "pip1_left", "pip2_left", "pip3_left", "pip4_left", "pip5_left"),
            ValueSet.Group.of("fingers_right", "pip1_right", "pip2_right", "pip3_right", "pip4_right", "pip5_right"),
            ValueSet.Group.of("knees", "knee_left", "knee_right")));

    private static final Range DAS28_RANGE = Range.of(0, 10);

    public static final List<Step> STEPS = List.of(
            Step.of(1, "about",
                    integer("age", Range.of(0, 120)).unit("a"),
                    code("raDiagnosed", YES_NO_UNSURE),
                    integer("diagnosisYear", Range.upToCurrentYear(1940)).optional()
                            .when(equalTo("raDiagnosed", "yes"))),
            Step.of(2, "activity",
                    code("scoreKnown", SCORES),
                    decimal("scoreValue", null)
                            .rangeDependsOn("scoreKnown", Map.of(
                                    "das28_esr", DAS28_RANGE,
                                    "das28_crp", DAS28_RANGE,
                                    "cdai", Range.of(0, 76),
                                    "sdai", Range.of(0, 86)))
                            .when(notEqualTo("scoreKnown", "none")),
                    codes("tenderJoints", JOINT_SITES, Display.BODY_MAP),
                    codes("swollenJoints", JOINT_SITES, Display.BODY_MAP),
                    code("morningStiffness", List.of("none", "under_30", "30_to_60", "over_60")),
                    integer("patientGlobal", Range.of(0, 10)).shownAs(Display.SCALE),
                    integer("pain", Range.of(0, 10)).shownAs(Display.SCALE),
                    decimal("esr", Range.of(1, 150)).unit("mm/h").optional(),
                    decimal("crp", Range.of(0, 300)).unit("mg/L").optional()),
            Step.of(3, "medicines",
                    codes("csdmardsTried", List.of("methotrexate", "leflunomide", "sulfasalazine",
                            "hydroxychloroquine", "iguratimod", "other_csdmard")),
                    code("csdmardLongEnough", YES_NO_UNSURE).when(anySelected("csdmardsTried")),
                    code("csdmardOutcome", TREATMENT_OUTCOMES).when(anySelected("csdmardsTried")),
                    bool("csdmardContraindicated").when(noneSelected("csdmardsTried")),
                    codes("advancedTried", List.of("tnf_inhibitor", "il6_inhibitor", "abatacept",
                            "rituximab", "jak_inhibitor", "other_biologic")),
                    code("advancedOutcome", TREATMENT_OUTCOMES).when(anySelected("advancedTried")),
                    code("steroidCurrent", YES_NO),
                    decimal("steroidDoseMg", Range.of(0, 100)).unit("mg/d").when(equalTo("steroidCurrent", "yes")),
                    code("steroidCannotTaper", YES_NO_UNSURE).when(equalTo("steroidCurrent", "yes"))),
            Step.of(4, "joints",
                    code("jointFused", YES_NO_UNSURE),
                    code("jointDestroyedTold", YES_NO_UNSURE),
                    code("jointDeformity", YES_NO_UNSURE),
                    code("jointSurgery", YES_NO),
                    integer("functionLevel", Range.of(1, 4)).shownAs(Display.LABELLED_SCALE)),
            Step.of(5, "health",
                    code("infectionNow", YES_NO),
                    code("infectionHistory", YES_NO),
                    code("tbHistory", YES_NO_UNSURE),
                    code("hepatitisHiv", YES_NO_UNSURE),
                    code("lungDisease", YES_NO_UNSURE),
                    code("cancer", List.of("none", "current", "past_5y", "earlier")),
                    code("pregnancy", List.of("yes", "no", "not_applicable")),
                    codes("organConditions", List.of("heart", "liver", "kidney_failure", "bleeding")),
                    code("otherAutoimmune", YES_NO_UNSURE)),
            Step.of(6, "goals",
                    code("understandsInvestigational", YES_NO).optional(),
                    code("wantsImmunomodulation", YES_NO_UNSURE).optional()));

    /** The review page that follows the last step of questions. */
    public static final int REVIEW_STEP = STEPS.size() + 1;

    private static final Map<String, Item> ITEMS_BY_ID = index();
    /** Every item in questionnaire order, listed once: each evaluation walks it, often more than once. */
    private static final List<Item> ITEMS = List.copyOf(ITEMS_BY_ID.values());

    private Questionnaire() {
    }

    public static List<Item> items() {
        return ITEMS;
    }

    public static Optional<Item> item(String id) {
        return Optional.ofNullable(ITEMS_BY_ID.get(id));
    }

    public static boolean isItem(String id) {
        return ITEMS_BY_ID.containsKey(id);
    }

    public static Step step(int number) {
        return STEPS.get(number - 1);
    }

    public static int stepOf(String itemId) {
        return STEPS.stream().filter(s -> s.items().stream().anyMatch(i -> i.id().equals(itemId)))
                .findFirst().map(Step::number).orElseThrow();
    }

    /**
     * Keeps only the answers that still apply: when an earlier answer changes, answers to items
     * whose condition no longer holds are dropped, as the spec says they are not stored.
     */
    public static Answers applicable(Answers answers) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Item item : ITEMS_BY_ID.values()) {
            if (answers.has(item.id()) && item.appliesTo(answers)) {
                kept.put(item.id(), answers.get(item.id()));
            }
        }
        return Answers.of(kept);
    }

    /** Whether every required, applicable item of the step has an answer. */
    public static boolean isComplete(Step step, Answers answers) {
        return step.items().stream()
                .filter(item -> item.required() && item.appliesTo(answers))
                .allMatch(item -> answers.has(item.id()));
    }

    /** The first step with a required answer missing, or the review step when all are there. */
    public static int firstIncompleteStep(Answers answers) {
        return STEPS.stream().filter(step -> !isComplete(step, answers))
                .mapToInt(Step::number).findFirst().orElse(REVIEW_STEP);
    }

    private static Map<String, Item> index() {
        Map<String, Item> byId = new LinkedHashMap<>();
        STEPS.forEach(step -> step.items().forEach(item -> byId.put(item.id(), item)));
        return Collections.unmodifiableMap(byId);
    }

    private static List<String> joints() {
        List<String> joints = new ArrayList<>();
        for (String side : List.of("left", "right")) {
            Stream.of("shoulder", "elbow", "wrist").forEach(j -> joints.add(j + "_" + side));
            for (int finger = 1; finger <= 5; finger++) {
                joints.add("mcp" + finger + "_" + side);
            }
            for (int finger = 1; finger <= 5; finger++) {
                joints.add("pip" + finger + "_" + side);
            }
            joints.add("knee_" + side);
        }
        return List.copyOf(joints);
    }
}
