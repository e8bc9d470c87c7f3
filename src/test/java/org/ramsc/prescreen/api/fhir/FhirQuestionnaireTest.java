package org.ramsc.prescreen.api.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.ItemType;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;

@QuarkusTest
class FhirQuestionnaireTest {

    private static final String PATH = "/fhir/Questionnaire/ra-msc-prescreen";
    private static final FhirContext FHIR = FhirContext.forR4();

    private static FhirValidation validation;

    @BeforeAll
    static void buildTheValidatorOnce() {
        validation = new FhirValidation(FHIR);
    }

    @Test
    void servesTheQuestionnaireAsFhirJson() {
        Response response = given().when().get(PATH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
    }

    @Test
    void validatesAsFhirR4WithoutErrors() {
        assertThat(validation.errors(json())).isEmpty();
    }

    @Test
    void carriesTheDefinitionsIdentityAndVersion() {
        var questionnaire = questionnaire();

        assertThat(questionnaire.getIdElement().getIdPart()).isEqualTo(Questionnaire.FHIR_ID);
        assertThat(questionnaire.getUrl()).isEqualTo(Questionnaire.CANONICAL_URL);
        assertThat(questionnaire.getVersion()).isEqualTo(Questionnaire.VERSION);
        assertThat(questionnaire.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
        assertThat(questionnaire.getLanguage()).isEqualTo("en");
        assertThat(questionnaire.getDate()).isNotNull();
        assertThat(questionnaire.getName()).isNotBlank();
        assertThat(questionnaire.getTitle()).isNotBlank();
        assertThat(questionnaire.getPublisher()).isNotBlank();
    }

    @Test
    void groupsTheItemsByStepWithEveryItemIdAsALinkId() {
        var questionnaire = questionnaire();

        assertThat(questionnaire.getItem())
                .extracting(QuestionnaireItemComponent::getLinkId, QuestionnaireItemComponent::getType)
                .containsExactlyElementsOf(Questionnaire.STEPS.stream()
                        .map(step -> tuple("step-" + step.number(), QuestionnaireItemType.GROUP)).toList());
        for (Step step : Questionnaire.STEPS) {
            assertThat(questionnaire.getItem().get(step.number() - 1).getItem())
                    .extracting(QuestionnaireItemComponent::getLinkId)
                    .containsExactlyElementsOf(step.items().stream().map(Item::id).toList());
        }
    }

    @Test
    void mapsEachItemTypeAndRequiredFlag() {
        Map<String, QuestionnaireItemComponent> items = itemsById();

        for (Item item : Questionnaire.items()) {
            QuestionnaireItemComponent fhir = items.get(item.id());
            QuestionnaireItemType expected = switch (item.type()) {
                case INTEGER -> QuestionnaireItemType.INTEGER;
                case DECIMAL -> QuestionnaireItemType.DECIMAL;
                case CODE, CODES -> QuestionnaireItemType.CHOICE;
                case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
            };
            assertThat(fhir.getType()).as(item.id()).isEqualTo(expected);
            assertThat(fhir.getRepeats()).as(item.id()).isEqualTo(item.type() == ItemType.CODES);
            // "required (may be empty)" lists cannot be required in FHIR, which would demand a selection
            assertThat(fhir.getRequired()).as(item.id()).isEqualTo(item.required() && item.type() != ItemType.CODES);
        }
    }

    @Test
    void offersEveryCodeOfEveryCodedItemAsAnAnswerOption() {
        Map<String, QuestionnaireItemComponent> items = itemsById();

        for (Item item : Questionnaire.items()) {
            List<String> codes = items.get(item.id()).getAnswerOption().stream()
                    .map(QuestionnaireItemAnswerOptionComponent::getValueCoding)
                    .peek(coding -> assertThat(coding.getSystem()).as(item.id()).startsWith(FhirNames.BASE + "/CodeSystem/"))
                    .peek(coding -> assertThat(coding.getDisplay()).as(item.id()).isNotBlank())
                    .map(Coding::getCode).toList();
            assertThat(codes).as(item.id()).containsExactlyElementsOf(item.codes());
        }
    }

    @Test
    void givesEveryConditionalItemAnEnableWhenOnItsSourceItem() {
        Map<String, QuestionnaireItemComponent> items = itemsById();

        for (Item item : Questionnaire.items()) {
            List<QuestionnaireItemEnableWhenComponent> enableWhen = items.get(item.id()).getEnableWhen();
            if (!item.isConditional()) {
                assertThat(enableWhen).as(item.id()).isEmpty();
                continue;
            }
            assertThat(enableWhen).as(item.id()).singleElement()
                    .satisfies(when -> assertThat(when.getQuestion()).isEqualTo(item.when().itemId()));
        }
        assertThat(items.get("diagnosisYear").getEnableWhenFirstRep())
                .satisfies(when -> assertThat(when.getOperator()).isEqualTo(QuestionnaireItemOperator.EQUAL))
                .satisfies(when -> assertThat(when.getAnswerCoding().getCode()).isEqualTo("yes"));
        assertThat(items.get("scoreValue").getEnableWhenFirstRep())
                .satisfies(when -> assertThat(when.getOperator()).isEqualTo(QuestionnaireItemOperator.NOT_EQUAL))
                .satisfies(when -> assertThat(when.getAnswerCoding().getCode()).isEqualTo("none"));
        assertThat(items.get("csdmardLongEnough").getEnableWhenFirstRep())
                .satisfies(when -> assertThat(when.getOperator()).isEqualTo(QuestionnaireItemOperator.EXISTS))
                .satisfies(when -> assertThat(((BooleanType) when.getAnswer()).booleanValue()).isTrue());
        assertThat(items.get("csdmardContraindicated").getEnableWhenFirstRep())
                .satisfies(when -> assertThat(when.getOperator()).isEqualTo(QuestionnaireItemOperator.EXISTS))
                .satisfies(when -> assertThat(((BooleanType) when.getAnswer()).booleanValue()).isFalse());
        // the coded answer of an enableWhen uses the same system as its source item's options
        assertThat(items.get("scoreValue").getEnableWhenFirstRep().getAnswerCoding().getSystem())
                .isEqualTo(items.get("scoreKnown").getAnswerOptionFirstRep().getValueCoding().getSystem());
    }

    @Test
    void publishesBoundsAndUnits() {
        Map<String, QuestionnaireItemComponent> items = itemsById();

        assertThat(bounds(items.get("age"))).containsExactly("0", "120");
        assertThat(bounds(items.get("diagnosisYear"))).containsExactly("1940", String.valueOf(Year.now().getValue()));
        // the score's range depends on which score is known: the widest is published
        assertThat(bounds(items.get("scoreValue")).stream().map(BigDecimal::new).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, BigDecimal.valueOf(86));
        for (Item item : Questionnaire.items()) {
            Extension unit = items.get(item.id()).getExtensionByUrl(FhirNames.UNIT_EXTENSION);
            if (item.unit() == null) {
                assertThat(unit).as(item.id()).isNull();
            } else {
                assertThat((Coding) unit.getValue()).as(item.id())
                        .extracting(Coding::getSystem, Coding::getCode)
                        .containsExactly("http://unitsofmeasure.org", item.unit());
            }
        }
    }

    @Test
    void translatesEveryTextIntoBothChineseScripts() {
        var questionnaire = questionnaire();
        List<PrimitiveType<?>> texts = new ArrayList<>();
        texts.add(questionnaire.getTitleElement());
        for (QuestionnaireItemComponent group : questionnaire.getItem()) {
            texts.add(group.getTextElement());
            for (QuestionnaireItemComponent item : group.getItem()) {
                texts.add(item.getTextElement());
                item.getAnswerOption().forEach(option -> texts.add(option.getValueCoding().getDisplayElement()));
            }
        }

        assertThat(texts).hasSizeGreaterThan(Questionnaire.items().size());
        for (PrimitiveType<?> text : texts) {
            assertThat(text.getValueAsString()).isNotBlank();
            assertThat(text.getExtensionsByUrl("http://hl7.org/fhir/StructureDefinition/translation"))
                    .as(text.getValueAsString())
                    .extracting(t -> t.getExtensionByUrl("lang").getValue().primitiveValue(),
                            t -> !t.getExtensionByUrl("content").getValue().primitiveValue().isBlank())
                    .containsExactlyInAnyOrder(tuple("zh-Hans", true), tuple("zh-Hant", true));
        }
    }

    @Test
    void answersNotFoundForAnyOtherQuestionnaire() {
        given().when().get("/fhir/Questionnaire/something-else").then().statusCode(404);
    }

    private static String json() {
        return given().when().get(PATH).then().statusCode(200).extract().asString();
    }

    private static org.hl7.fhir.r4.model.Questionnaire questionnaire() {
        return FHIR.newJsonParser().parseResource(org.hl7.fhir.r4.model.Questionnaire.class, json());
    }

    private static Map<String, QuestionnaireItemComponent> itemsById() {
        return questionnaire().getItem().stream().flatMap(group -> group.getItem().stream())
                .collect(Collectors.toMap(QuestionnaireItemComponent::getLinkId, Function.identity()));
    }

    private static List<String> bounds(QuestionnaireItemComponent item) {
        return List.of(item.getExtensionByUrl(FhirNames.MIN_VALUE_EXTENSION).getValue().primitiveValue(),
                item.getExtensionByUrl(FhirNames.MAX_VALUE_EXTENSION).getValue().primitiveValue());
    }
}
