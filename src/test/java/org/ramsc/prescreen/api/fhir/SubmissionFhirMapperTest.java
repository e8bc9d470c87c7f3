package org.ramsc.prescreen.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.rules.Status;

class SubmissionFhirMapperTest {

    private static final FhirContext FHIR = FhirContext.forR4();

    private static SubmissionFhirMapper mapper;
    private static FhirValidation validation;

    @BeforeAll
    static void buildTheValidatorOnce() {
        mapper = new SubmissionFhirMapper(FHIR);
        // with our Questionnaire in the chain, responses are checked against it, not only against R4
        validation = new FhirValidation(FHIR, new QuestionnaireFhirMapper(Messages.get()).toFhir(Year.now()));
    }

    @Test
    void workedExampleValidatesAgainstTheQuestionnaireWithoutErrors() {
        assertThat(validation.errors(mapper.toJson(mapper.toResponse(workedExample())))).isEmpty();
    }

    @Test
    void responsesWithTheOtherBranchesOfTheConditionsValidateToo() {
        assertThat(validation.errors(mapper.toResponse(noMedicinesOnSteroids()))).isEmpty();
        assertThat(validation.errors(mapper.toResponse(noScoreInTraditionalChinese()))).isEmpty();
    }

    @Test
    void validationReallyChecksResponsesAgainstTheQuestionnaire() {
        Map<String, Object> broken = new LinkedHashMap<>(workedExample().answers().asMap());
        broken.remove("age");
        broken.put("csdmardContraindicated", true); // not enabled: a medicine was tried

        assertThat(validation.errors(mapper.toResponse(submission("en", broken, Outcome.DISCUSS, Status.MEETS))))
                .anySatisfy(error -> assertThat(error).contains("'age'"))
                .anySatisfy(error -> assertThat(error).contains("csdmardContraindicated"));
    }

    @Test
    void identifiesTheSubmissionAndTheQuestionnaireVersion() {
        SubmissionView submission = workedExample();
        QuestionnaireResponse response = roundTrip(mapper.toResponse(submission));

        assertThat(response.getIdElement().getIdPart()).isEqualTo(submission.id().toString());
        assertThat(response.getIdentifier().getSystem()).isEqualTo(Questionnaire.CANONICAL_URL.replace(
                "/Questionnaire/ra-msc-prescreen", "/reference-code"));
        assertThat(response.getIdentifier().getValue()).isEqualTo("K7M4QX");
        assertThat(response.getQuestionnaire()).isEqualTo(Questionnaire.CANONICAL_URL + "|1");
        assertThat(response.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(response.getAuthored().toInstant()).isEqualTo(submission.createdAt());
        assertThat(response.getLanguage()).isEqualTo("zh-Hans");
    }

    @Test
    void nestsAnswersInStepGroupsWithTheQuestionnairesLinkIds() {
        QuestionnaireResponse response = roundTrip(mapper.toResponse(workedExample()));

        assertThat(response.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
                .containsExactly("step-1", "step-2", "step-3", "step-4", "step-5");
        assertThat(response.getItem().get(0).getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
                .containsExactly("age", "raDiagnosed");
    }

    @Test
    void typesEachAnswerAsItsItemSays() {
        QuestionnaireResponse response = roundTrip(mapper.toResponse(noMedicinesOnSteroids()));

        assertThat(answers(response, "age").get(0).getValueIntegerType().getValue()).isEqualTo(52);
        assertThat(answers(response, "scoreValue").get(0).getValueDecimalType().getValue())
                .isEqualByComparingTo("4.6");
        assertThat(answers(response, "crp").get(0).getValueDecimalType().getValue()).isEqualByComparingTo("12.5");
        assertThat(answers(response, "csdmardContraindicated").get(0).getValueBooleanType().getValue()).isTrue();
        Coding steroid = answers(response, "steroidCurrent").get(0).getValueCoding();
        assertThat(steroid.getSystem()).endsWith("/CodeSystem/steroidCurrent");
        assertThat(steroid.getCode()).isEqualTo("yes");
        assertThat(steroid.getDisplay()).isNotBlank();
    }

    @Test
    void givesEachSelectedCodeItsOwnAnswerAndLeavesEmptySelectionsOut() {
        QuestionnaireResponse response = roundTrip(mapper.toResponse(workedExample()));

        assertThat(answers(response, "tenderJoints")).extracting(QuestionnaireResponseItemAnswerComponent::getValueCoding)
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(tuple(FhirNames.codeSystem("joint"), "wrist_left"),
                        tuple(FhirNames.codeSystem("joint"), "mcp2_right"));
        assertThat(item(response, "swollenJoints")).isEmpty();
        assertThat(item(response, "advancedTried")).isEmpty();
        assertThat(item(response, "organConditions")).isEmpty();
    }

    @Test
    void carriesEveryRuleResultAndTheOutcomeInAReferencedContainedObservation() {
        SubmissionView submission = workedExample();
        QuestionnaireResponse response = roundTrip(mapper.toResponse(submission));

        Extension link = response.getExtensionByUrl(FhirNames.RULE_EVALUATION_EXTENSION);
        assertThat(link).isNotNull();
        String reference = ((Reference) link.getValue()).getReference();
        List<Observation> observations = response.getContained().stream()
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
        assertThat(observations).hasSize(1);
        Observation evaluation = observations.get(0);
        assertThat(reference).isEqualTo("#" + evaluation.getIdElement().getIdPart().replace("#", ""));

        assertThat(evaluation.getValueCodeableConcept().getCodingFirstRep())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(FhirNames.OUTCOME_SYSTEM, "DISCUSS");
        assertThat(evaluation.getExtensionByUrl(FhirNames.RULESET_VERSION_EXTENSION).getValue().primitiveValue())
                .isEqualTo("1");
        assertThat(evaluation.getComponent()).extracting(
                        component -> component.getCode().getCodingFirstRep().getCode(),
                        component -> component.getValueCodeableConcept().getCodingFirstRep().getCode(),
                        component -> Optional.ofNullable(component.getExtensionByUrl(FhirNames.RULE_REASON_EXTENSION))
                                .map(reason -> ((CodeType) reason.getValue()).getValue()).orElse(null))
                .containsExactlyElementsOf(submission.ruleResults().stream()
                        .map(result -> tuple(result.ruleId(), result.status().name(), result.reasonKey()))
                        .toList());
    }

    @Test
    void refusesAnAnswerOfTheWrongTypeRatherThanDroppingIt() {
        Map<String, Object> answers = new LinkedHashMap<>(workedExample().answers().asMap());
        answers.put("age", "fifty-two");
        SubmissionView wrong = submission("en", answers, Outcome.DISCUSS, Status.MEETS);

        assertThatThrownBy(() -> mapper.toResponse(wrong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("age");
    }

    @Test
    void bundlesSubmissionsAsACollectionThatValidates() {
        List<SubmissionView> submissions = List.of(workedExample(), noMedicinesOnSteroids(), noScoreInTraditionalChinese());
        Bundle bundle = mapper.toBundle(submissions);

        assertThat(validation.errors(mapper.toJson(bundle))).isEmpty();
        Bundle parsed = FHIR.newJsonParser().parseResource(Bundle.class, mapper.toJson(bundle));
        assertThat(parsed.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(parsed.getEntry()).extracting(Bundle.BundleEntryComponent::getFullUrl)
                .containsExactlyElementsOf(submissions.stream().map(s -> "urn:uuid:" + s.id()).toList());
        assertThat(parsed.getEntry()).extracting(entry -> entry.getResource().getResourceType().name())
                .containsOnly("QuestionnaireResponse");
    }

    private static QuestionnaireResponse roundTrip(QuestionnaireResponse response) {
        return FHIR.newJsonParser().parseResource(QuestionnaireResponse.class, mapper.toJson(response));
    }

    private static Optional<QuestionnaireResponseItemComponent> item(QuestionnaireResponse response, String linkId) {
        return response.getItem().stream().flatMap(group -> group.getItem().stream())
                .filter(item -> item.getLinkId().equals(linkId)).findFirst();
    }

    private static List<QuestionnaireResponseItemAnswerComponent> answers(QuestionnaireResponse response, String linkId) {
        return item(response, linkId).orElseThrow(() -> new AssertionError("no item " + linkId)).getAnswer();
    }

    /** The request of api.md, as the app would have stored it. */
    static SubmissionView workedExample() {
        return submission("zh-Hans", ExampleAnswers.example1().jsonValues(), Outcome.DISCUSS, Status.MEETS);
    }

    /** No conventional medicine (so the contraindication question applies), a steroid dose, lab values. */
    static SubmissionView noMedicinesOnSteroids() {
        Map<String, Object> answers = new LinkedHashMap<>(workedExample().answers().asMap());
        answers.put("diagnosisYear", 2019);
        answers.put("esr", new BigDecimal("38"));
        answers.put("crp", new BigDecimal("12.5"));
        answers.put("csdmardsTried", List.of());
        answers.remove("csdmardLongEnough");
        answers.remove("csdmardOutcome");
        answers.put("csdmardContraindicated", true);
        answers.put("advancedTried", List.of("tnf_inhibitor", "jak_inhibitor"));
        answers.put("advancedOutcome", "intolerant");
        answers.put("steroidCurrent", "yes");
        answers.put("steroidDoseMg", new BigDecimal("7.5"));
        answers.put("steroidCannotTaper", "yes");
        answers.put("understandsInvestigational", "yes");
        return submission("en", answers, Outcome.DISCUSS_AFTER_REVIEW, Status.REVIEW);
    }

    /** No score known (so no score value), swollen knees, an infection now, in traditional Chinese. */
    static SubmissionView noScoreInTraditionalChinese() {
        Map<String, Object> answers = new LinkedHashMap<>(workedExample().answers().asMap());
        answers.put("raDiagnosed", "unsure");
        answers.put("scoreKnown", "none");
        answers.remove("scoreValue");
        answers.put("swollenJoints", List.of("knee_left", "knee_right"));
        answers.put("infectionNow", "yes");
        return submission("zh-Hant", answers, Outcome.NOT_SUITABLE_NOW, Status.NOT_MET);
    }

    /** All 16 rules, with every status somewhere and one rule without a reason key. */
    private static SubmissionView submission(String lang, Map<String, Object> answers, Outcome outcome, Status first) {
        List<RuleResult> results = new ArrayList<>();
        for (int rule = 1; rule <= 16; rule++) {
            String id = String.format("R%02d", rule);
            Status status = rule == 1 ? first : Status.values()[rule % Status.values().length];
            String reason = rule == 16 ? null : "rules." + id + ".reason." + status.name().toLowerCase();
            results.add(new RuleResult(id, status, reason));
        }
        return new SubmissionView(UUID.randomUUID(), "K7M4QX", Questionnaire.VERSION, "1", lang,
                Answers.of(answers), outcome, results, Instant.parse("2026-11-20T08:15:30.123Z"));
    }
}
