package org.ramsc.prescreen.api.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;
import org.ramsc.prescreen.rules.RuleResult;

/**
 * Stored submissions as FHIR R4: each a QuestionnaireResponse whose items mirror the published
 * Questionnaire's linkIds and codes, carrying its decision trace with it.
 */
@ApplicationScoped
public class SubmissionFhirMapper {

    /** The media type of FHIR resources in JSON. */
    public static final String FHIR_JSON = "application/fhir+json";

    static final String RULE_EVALUATION_ID = "rule-evaluation";
    static final String OUTCOME_CODE = "prescreen-outcome";

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final FhirContext fhirContext;
    private final Messages messages = Messages.get();

    public SubmissionFhirMapper(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    public QuestionnaireResponse toResponse(SubmissionView submission) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(submission.id().toString());
        response.setLanguage(submission.lang());
        response.setIdentifier(new Identifier()
                .setSystem(FhirNames.REFERENCE_CODE_SYSTEM)
                .setValue(submission.referenceCode()));
        response.setQuestionnaire(Questionnaire.CANONICAL_URL + "|" + submission.questionnaireVersion());
        response.setStatus(QuestionnaireResponseStatus.COMPLETED);
        response.setAuthoredElement(dateTime(submission));
        Lang lang = Lang.fromTag(submission.lang()).orElse(Lang.DEFAULT);
        for (Step step : Questionnaire.STEPS) {
            QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent()
                    .setLinkId(FhirNames.stepLinkId(step));
            for (Item item : step.items()) {
                List<Type> values = answers(item, submission.answers(), lang);
                if (!values.isEmpty()) {
                    QuestionnaireResponseItemComponent answered = group.addItem().setLinkId(item.id());
                    values.forEach(value -> answered.addAnswer().setValue(value));
                }
            }
            if (group.hasItem()) {
                response.addItem(group);
            }
        }
        // FHIR requires a contained resource to be referenced from its container (dom-3)
        response.addContained(ruleEvaluation(submission));
        response.addExtension(FhirNames.RULE_EVALUATION_EXTENSION, new Reference("#" + RULE_EVALUATION_ID));
        return response;
    }

    public Bundle toBundle(List<SubmissionView> submissions) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (SubmissionView submission : submissions) {
            bundle.addEntry()
                    .setFullUrl("urn:uuid:" + submission.id())
                    .setResource(toResponse(submission));
        }
        return bundle;
    }

    public String toJson(IBaseResource resource) {
        return fhirContext.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /**
     * The answers to one item as FHIR values: none when unanswered or not applicable, and none
     * for an empty selection, which FHIR expresses by leaving the item out. Codings carry the same
     * system and code as the Questionnaire's answerOption, with the label the patient read.
     */
    private List<Type> answers(Item item, Answers answers, Lang lang) {
        String id = item.id();
        if (!answers.has(id)) {
            return List.of();
        }
        return switch (item.type()) {
            case INTEGER -> List.of(new IntegerType(typed(answers.integer(id), item)));
            case DECIMAL -> List.of(new DecimalType(typed(answers.decimal(id), item)));
            case BOOLEAN -> List.of(new BooleanType(typed(answers.bool(id), item)));
            case CODE -> List.of(coding(item, typed(answers.code(id), item), lang));
            case CODES -> typed(answers.codesOrNull(id), item).stream()
                    .<Type>map(code -> coding(item, code, lang)).toList();
        };
    }

    /** An answer of the wrong Java type is a bug upstream; better to stop than to drop it. */
    private static <T> T typed(T value, Item item) {
        if (value == null) {
            throw new IllegalArgumentException("the answer to " + item.id() + " is not of type " + item.type());
        }
        return value;
    }

    private Coding coding(Item item, String code, Lang lang) {
        return new Coding(FhirNames.answerSystem(item), code, messages.text(lang, item.codeLabelKey(code)));
    }

    /**
     * The decision trace as a contained Observation rather than a Basic: it is a finding derived
     * from the answers, and Observation has the fields for that (a code, a coded value, one
     * component per rule, derivedFrom pointing back at the response) where Basic would be nothing
     * but extensions. Contained, because it means nothing apart from this response.
     */
    private Observation ruleEvaluation(SubmissionView submission) {
        Observation observation = new Observation();
        observation.setId(RULE_EVALUATION_ID);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(new CodeableConcept(new Coding(FhirNames.PRESCREEN_SYSTEM, OUTCOME_CODE, null)));
        observation.addExtension(FhirNames.RULESET_VERSION_EXTENSION, new StringType(submission.rulesetVersion()));
        observation.setEffective(dateTime(submission));
        observation.setIssuedElement(new InstantType(Date.from(submission.createdAt()), TemporalPrecisionEnum.MILLI, UTC));
        observation.addDerivedFrom(new Reference("#"));
        observation.setValue(new CodeableConcept(
                new Coding(FhirNames.OUTCOME_SYSTEM, submission.outcome().name(), null)));
        for (RuleResult result : submission.ruleResults()) {
            Observation.ObservationComponentComponent component = observation.addComponent();
            component.setCode(new CodeableConcept(new Coding(FhirNames.RULE_SYSTEM, result.ruleId(), null)));
            component.setValue(new CodeableConcept(
                    new Coding(FhirNames.RULE_STATUS_SYSTEM, result.status().name(), null)));
            if (result.reasonKey() != null) {
                component.addExtension(FhirNames.RULE_REASON_EXTENSION, new CodeType(result.reasonKey()));
            }
        }
        return observation;
    }

    private static DateTimeType dateTime(SubmissionView submission) {
        return new DateTimeType(Date.from(submission.createdAt()), TemporalPrecisionEnum.MILLI, UTC);
    }
}
