package org.ramsc.prescreen.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Display;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;

/** Every answer in words, grouped by step, each with a link back to change it. */
public record AnswerSummary(List<Group> groups) {

    /** The review is the wizard's last step: "Step 7 of 7" follows the definition. */
    public int total() {
        return org.ramsc.prescreen.questionnaire.Questionnaire.REVIEW_STEP;
    }


    public record Group(int number, String title, List<Row> rows) {
    }

    public record Row(String id, String question, String answer, String changeHref) {
    }

    public static AnswerSummary of(Answers answers, Lang lang) {
        List<Group> groups = new ArrayList<>();
        for (Step step : Questionnaire.STEPS) {
            List<Row> rows = new ArrayList<>();
            for (Item item : step.items()) {
                if (!item.appliesTo(answers)) {
                    continue;
                }
                rows.add(new Row(item.id(), text(lang, item.labelKey()), answerText(item, answers, lang),
                        "/screening/step/" + step.number() + "?return=review#q-" + item.id()));
            }
            groups.add(new Group(step.number(), text(lang, step.titleKey()), rows));
        }
        return new AnswerSummary(groups);
    }

    /** One answer in the given language, as a person would say it. */
    public static String answerText(Item item, Answers answers, Lang lang) {
        Object value = answers.get(item.id());
        if (value == null) {
            return text(lang, "q.answer.not_answered");
        }
        return switch (item.type()) {
            case INTEGER, DECIMAL -> {
                if (item.display() == Display.LABELLED_SCALE) {
                    yield text(lang, item.codeLabelKey(value.toString()));
                }
                String number = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
                yield Messages.get().has(Lang.DEFAULT, item.unitKey()) ? number + " " + text(lang, item.unitKey()) : number;
            }
            case CODE, BOOLEAN -> text(lang, item.codeLabelKey(value.toString()));
            case CODES -> {
                List<String> codes = answers.codes(item.id());
                if (codes.isEmpty()) {
                    yield text(lang, "q.answer.none_selected");
                }
                String separator = lang == Lang.EN ? "; " : "；";
                yield codes.stream().map(code -> text(lang, item.codeLabelKey(code))).collect(Collectors.joining(separator));
            }
        };
    }

    private static String text(Lang lang, String key) {
        return Messages.get().text(lang, key);
    }
}
