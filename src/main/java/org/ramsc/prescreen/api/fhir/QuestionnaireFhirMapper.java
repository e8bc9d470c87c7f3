package org.ramsc.prescreen.api.fhir;

import static org.ramsc.prescreen.api.fhir.FhirNames.MAX_VALUE_EXTENSION;
import static org.ramsc.prescreen.api.fhir.FhirNames.MIN_VALUE_EXTENSION;
import static org.ramsc.prescreen.api.fhir.FhirNames.TRANSLATION_EXTENSION;
import static org.ramsc.prescreen.api.fhir.FhirNames.UCUM;
import static org.ramsc.prescreen.api.fhir.FhirNames.UNIT_EXTENSION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.Condition;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.ItemType;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Range;
import org.ramsc.prescreen.questionnaire.Step;

/**
 * Builds the FHIR R4 Questionnaire from the one definition. English is the base text; the Chinese
 * texts travel in the standard translation extension, so one resource serves all three languages.
 */
public final class QuestionnaireFhirMapper {

    static final String NAME = "RaMscPrescreen";
    static final String PUBLISHER = "RA-MSC Prescreen";

    /**
     * The day each questionnaire version was published. Looked up by {@link Questionnaire#VERSION}
     * so that a new version without a date here fails loudly instead of keeping the old date.
     */
    private static final Map<String, LocalDate> PUBLISHED = Map.of("1", LocalDate.of(2026, 11, 22));

    private static final List<Lang> TRANSLATIONS = List.of(Lang.ZH_HANS, Lang.ZH_HANT);

    private final Messages messages;

    public QuestionnaireFhirMapper(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param year the year that "up to the current year" bounds resolve to, as the answer
     *             validator resolves them on the same day
     */
    public org.hl7.fhir.r4.model.Questionnaire toFhir(Year year) {
        var questionnaire = new org.hl7.fhir.r4.model.Questionnaire();
        questionnaire.setId(Questionnaire.FHIR_ID);
        questionnaire.setUrl(Questionnaire.CANONICAL_URL);
        questionnaire.setVersion(Questionnaire.VERSION);
        questionnaire.setName(NAME);
        // the app's name, as every page header shows it
        localize(questionnaire.getTitleElement(), "layout.app");
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.setDateElement(published());
        questionnaire.setPublisher(PUBLISHER);
        questionnaire.setLanguage(Lang.EN.tag());
        questionnaire.addSubjectType("Patient");
        for (Step step : Questionnaire.STEPS) {
            QuestionnaireItemComponent group = questionnaire.addItem()
                    .setLinkId(FhirNames.stepLinkId(step))
                    .setType(QuestionnaireItemType.GROUP);
            localize(group.getTextElement(), step.titleKey());
            step.items().forEach(item -> group.addItem(toFhir(item, year)));
        }
        return questionnaire;
    }

    private static DateTimeType published() {
        LocalDate date = PUBLISHED.get(Questionnaire.VERSION);
        if (date == null) {
            throw new IllegalStateException("no publication date for questionnaire version " + Questionnaire.VERSION);
        }
        return new DateTimeType(date.toString());
    }

    private QuestionnaireItemComponent toFhir(Item item, Year year) {
        QuestionnaireItemComponent fhir = new QuestionnaireItemComponent()
                .setLinkId(item.id())
                .setType(type(item.type()))
                .setRequired(isRequired(item));
        localize(fhir.getTextElement(), item.labelKey());
        if (item.type() == ItemType.CODES) {
            fhir.setRepeats(true);
        }
        for (String code : item.codes()) {
            Coding coding = new Coding().setSystem(FhirNames.answerSystem(item)).setCode(code);
            localize(coding.getDisplayElement(), item.codeLabelKey(code));
            fhir.addAnswerOption().setValue(coding);
        }
        if (item.when() != null) {
            fhir.addEnableWhen(enableWhen(item.when()));
        }
        bounds(item).ifPresent(range -> {
            fhir.addExtension(MIN_VALUE_EXTENSION, number(item, range.min()));
            fhir.addExtension(MAX_VALUE_EXTENSION, number(item, range.maxIn(year)));
        });
        if (item.unit() != null) {
            Coding unit = new Coding().setSystem(UCUM).setCode(item.unit());
            // UCUM codes ("a", "mg/d") are for machines; a form filler shows the display
            if (messages.has(Lang.EN, item.unitKey())) {
                localize(unit.getDisplayElement(), item.unitKey());
            }
            fhir.addExtension(UNIT_EXTENSION, unit);
        }
        return fhir;
    }

    private static QuestionnaireItemType type(ItemType type) {
        return switch (type) {
            case INTEGER -> QuestionnaireItemType.INTEGER;
            case DECIMAL -> QuestionnaireItemType.DECIMAL;
            case CODE, CODES -> QuestionnaireItemType.CHOICE;
            case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
        };
    }

    /**
     * A list that is "required (may be empty)" is not required in FHIR terms: an empty selection
     * has no answers, and a required repeating item would demand at least one.
     */
    private static boolean isRequired(Item item) {
        return item.required() && item.type() != ItemType.CODES;
    }

    /**
     * Each of our four conditions becomes one enableWhen. NoneSelected becomes "exists = false":
     * FHIR has no "answered with nothing", and a response carries no item at all for an empty
     * selection. The catch is that "not answered yet" looks the same, so a form filler shows such an
     * item before the list is touched; since every list it depends on is required, a completed
     * response has answered it, and "absent" then does mean "none selected".
     * NotEqualTo "!=" likewise holds for an unanswered item in FHIR but not for us; its source
     * items are required too, so completed responses agree.
     */
    private static QuestionnaireItemEnableWhenComponent enableWhen(Condition condition) {
        var enableWhen = new QuestionnaireItemEnableWhenComponent().setQuestion(condition.itemId());
        Item source = Questionnaire.item(condition.itemId()).orElseThrow();
        if (condition instanceof Condition.EqualTo equalTo) {
            return enableWhen.setOperator(QuestionnaireItemOperator.EQUAL)
                    .setAnswer(new Coding(FhirNames.answerSystem(source), equalTo.code(), null));
        }
        if (condition instanceof Condition.NotEqualTo notEqualTo) {
            return enableWhen.setOperator(QuestionnaireItemOperator.NOT_EQUAL)
                    .setAnswer(new Coding(FhirNames.answerSystem(source), notEqualTo.code(), null));
        }
        if (condition instanceof Condition.AnySelected) {
            return enableWhen.setOperator(QuestionnaireItemOperator.EXISTS).setAnswer(new BooleanType(true));
        }
        if (condition instanceof Condition.NoneSelected) {
            return enableWhen.setOperator(QuestionnaireItemOperator.EXISTS).setAnswer(new BooleanType(false));
        }
        throw new IllegalStateException("unmapped condition " + condition);
    }

    /**
     * The bounds to publish. When they depend on another answer (the score value on which score is
     * known), FHIR has no way to say so: we publish the widest, 0..86 for the score, and the
     * server checks the exact range on submission.
     */
    private static Optional<Range> bounds(Item item) {
        if (item.range() != null || item.rangeByCode().isEmpty()) {
            return Optional.ofNullable(item.range());
        }
        BigDecimal min = item.rangeByCode().values().stream().map(Range::min)
                .min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = item.rangeByCode().values().stream().map(Range::max)
                .max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new Range(min, max, false));
    }

    private static Type number(Item item, BigDecimal value) {
        return item.type() == ItemType.INTEGER ? new IntegerType(value.intValueExact()) : new DecimalType(value);
    }

    /**
     * English as the text, Chinese as translations. A key missing in a language falls back as the
     * wizard falls back (to English, then to the key), so the translation is what that reader sees.
     */
    private void localize(PrimitiveType<String> element, String key) {
        element.setValue(messages.text(Lang.EN, key));
        for (Lang lang : TRANSLATIONS) {
            Extension translation = element.addExtension().setUrl(TRANSLATION_EXTENSION);
            translation.addExtension("lang", new CodeType(lang.tag()));
            translation.addExtension("content", new StringType(messages.text(lang, key)));
        }
    }
}
