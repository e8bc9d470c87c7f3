package org.ramsc.prescreen.api.fhir;

import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;

/**
 * The URLs and codes our FHIR resources use, in one place so that the Questionnaire, the
 * QuestionnaireResponse and any later reader agree on them. Everything hangs off the base of the
 * questionnaire's canonical URL.
 */
final class FhirNames {

    static final String BASE = Questionnaire.CANONICAL_URL.substring(
            0, Questionnaire.CANONICAL_URL.indexOf("/Questionnaire/"));

    static final String REFERENCE_CODE_SYSTEM = BASE + "/reference-code";

    /** On a QuestionnaireResponse: the contained Observation holding the rule results. */
    static final String RULE_EVALUATION_EXTENSION = BASE + "/StructureDefinition/rule-evaluation";
    /** On the rule-evaluation Observation: the version of the rule set that decided. */
    static final String RULESET_VERSION_EXTENSION = BASE + "/StructureDefinition/ruleset-version";
    /** On one rule's component: the message key of the sentence that explains the status. */
    static final String RULE_REASON_EXTENSION = BASE + "/StructureDefinition/rule-reason";

    static final String PRESCREEN_SYSTEM = codeSystem("prescreen");
    static final String OUTCOME_SYSTEM = codeSystem("outcome");
    static final String RULE_SYSTEM = codeSystem("rule");
    static final String RULE_STATUS_SYSTEM = codeSystem("rule-status");

    static final String TRANSLATION_EXTENSION = "http://hl7.org/fhir/StructureDefinition/translation";
    static final String MIN_VALUE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/maxValue";
    static final String UNIT_EXTENSION = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
    static final String UCUM = "http://unitsofmeasure.org";

    private FhirNames() {
    }

    static String codeSystem(String name) {
        return BASE + "/CodeSystem/" + name;
    }

    /**
     * The code system of an item's answers: one per item, named after it, except that both joint
     * counts share one "joint" system, as they share their codes and labels: a knee is the same
     * knee whether it is tender or swollen.
     */
    static String answerSystem(Item item) {
        return codeSystem(item.codeNamespace());
    }

    /** The linkId of a step's group, the same in the Questionnaire and in every response. */
    static String stepLinkId(Step step) {
        return "step-" + step.number();
    }
}
