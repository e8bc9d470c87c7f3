package org.ramsc.prescreen.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;

/** Every answer in words, grouped by step, each with a link back to change it. */
public record ReviewView(List<Group> groups) {

    /** The review is the wizard's last step: "Step 7 of 7" follows the definition. */
    public int total() {
        return org.ramsc.prescreen.questionnaire.Questionnaire.REVIEW_STEP;
    }


    public record Group(int number, String title, List<Row> rows) {
    }

    public record Row(String id, String question, String answer, String changeHref) {
    }

    public static ReviewView of(Answers answers, Lang lang) {
        List<Group> groups = new ArrayList<>();
        for (Step step : Questionnaire.STEPS) {
            List<Row> rows = new ArrayList<>();
            for (Item item : step.items()) {
                if (!item.appliesTo(answers)) {
                    continue;
                }
                rows.add(new Row(item.id(), text(lang, "q." + item.id() + ".label"), answerText(item, answers, lang),
                        "/screening/step/" + step.number() + "?return=review#q-" + item.id()));
            }
            groups.add(new Group(step.number(), text(lang, "q.step." + step.key() + ".title"), rows));
        }
        return new ReviewView(groups);
    }

    /** One answer in the given language, as a person would say it. */
    public static String answerText(Item item, Answers answers, Lang lang) {
        Object value = answers.get(item.id());
        if (value == null) {
            return text(lang, "q.answer.not_answered");
        }
        String prefix = "q." + item.id() + ".";
        return switch (item.type()) {
            case INTEGER, DECIMAL -> {
                if (Messages.get().has(Lang.DEFAULT, prefix + value)) {
                    yield text(lang, prefix + value);
                }
                String number = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
                String unitKey = prefix + "unit";
                yield Messages.get().has(Lang.DEFAULT, unitKey) ? number + " " + text(lang, unitKey) : number;
            }
            case CODE, BOOLEAN -> text(lang, prefix + value);
            case CODES -> {
                List<String> codes = answers.codes(item.id());
                if (codes.isEmpty()) {
                    yield text(lang, "q.answer.none_selected");
                }
                String labelPrefix = item.codes().equals(Questionnaire.JOINTS) ? "q.joint." : prefix;
                String separator = lang == Lang.EN ? "; " : "；";
                yield codes.stream().map(code -> text(lang, labelPrefix + code)).collect(Collectors.joining(separator));
            }
        };
    }

    private static String text(Lang lang, String key) {
        return Messages.get().text(lang, key);
    }
}
