package org.ramsc.prescreen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Condition;
import org.ramsc.prescreen.questionnaire.Display;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.ItemType;
import org.ramsc.prescreen.questionnaire.Problem;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;
import org.ramsc.prescreen.questionnaire.ValueSet;

/** Builds the wizard's view of a step from the definition, the saved answers or the posted form. */
final class StepViews {

    private final Lang lang;
    private final Messages messages = Messages.get();

    StepViews(Lang lang) {
        this.lang = lang;
    }

    /** The step filled from saved answers. */
    StepView fromAnswers(Step step, Answers answers) {
        Map<String, List<String>> shown = new java.util.HashMap<>();
        for (Item item : step.items()) {
            Object value = answers.get(item.id());
            if (value instanceof List<?> list) {
                shown.put(item.id(), list.stream().map(Object::toString).toList());
            } else if (value instanceof java.math.BigDecimal decimal) {
                shown.put(item.id(), List.of(decimal.toPlainString()));
            } else if (value != null) {
                shown.put(item.id(), List.of(value.toString()));
            }
        }
        return build(step, shown, List.of());
    }

    /** The step as it was posted, with its problems next to the fields. */
    StepView fromForm(Step step, Map<String, List<String>> posted, List<Problem> problems) {
        return build(step, posted, problems);
    }

    private StepView build(Step step, Map<String, List<String>> values, List<Problem> problems) {
        List<ItemView> items = new ArrayList<>();
        List<ItemView> withErrors = new ArrayList<>();
        for (Item item : step.items()) {
            ItemView view = item(item, values.getOrDefault(item.id(), List.of()), problemFor(item, problems));
            items.add(view);
            if (view.hasError()) {
                withErrors.add(view);
            }
        }
        return new StepView(step.number(), Questionnaire.REVIEW_STEP,
                text(step.titleKey()), text(step.introKey()),
                items, withErrors);
    }

    private ItemView item(Item item, List<String> values, Problem problem) {
        String first = values.isEmpty() ? "" : values.get(0);
        String kind = switch (item.display()) {
            case NUMBER -> "number";
            case SCALE -> "scale";
            case LABELLED_SCALE, CHOICE -> "radio";
            case CHECKBOXES -> "checkbox";
            case BODY_MAP -> "joints";
        };
        List<ItemView.OptionView> options = switch (item.type()) {
            case CODE, CODES -> item.codes().stream()
                    .map(code -> new ItemView.OptionView(code, codeLabel(item, code), values.contains(code)))
                    .toList();
            case INTEGER -> isScale(item) ? scaleOptions(item, first) : List.of();
            case BOOLEAN -> List.of("true", "false").stream()
                    .map(code -> new ItemView.OptionView(code, text(item.codeLabelKey(code)), first.equals(code)))
                    .toList();
            default -> List.of();
        };
        List<ItemView.JointGroupView> groups = item.display() == Display.BODY_MAP ? jointGroups(item, values) : List.of();
        Condition when = item.when();
        return new ItemView(item.id(), kind, text(item.labelKey()), text(item.helpKey()),
                unit(item), item.type() == ItemType.INTEGER ? "numeric" : "decimal",
                first, options, groups, problem == null ? null : problemText(item, problem), item.required(),
                when == null ? null : when.itemId(), when == null ? null : op(when), when == null ? null : value(when),
                when == null ? null : whenHint(when));
    }

    /** Items tapped rather than typed: one choice per whole number of their range. */
    static boolean isScale(Item item) {
        return item.display() == Display.SCALE || item.display() == Display.LABELLED_SCALE;
    }

    private List<ItemView.OptionView> scaleOptions(Item item, String chosen) {
        List<ItemView.OptionView> options = new ArrayList<>();
        boolean labelled = item.display() == Display.LABELLED_SCALE;
        for (int v = item.range().min().intValue(); v <= item.range().max().intValue(); v++) {
            String code = String.valueOf(v);
            options.add(new ItemView.OptionView(code, labelled ? text(item.codeLabelKey(code)) : code,
                    chosen.equals(code)));
        }
        return options;
    }

    private List<ItemView.JointGroupView> jointGroups(Item item, List<String> values) {
        List<ItemView.JointGroupView> groups = new ArrayList<>();
        for (ValueSet.Group group : item.valueSet().groups()) {
            List<ItemView.OptionView> options = new ArrayList<>();
            boolean fingers = group.codes().size() > 2;
            for (String code : group.codes()) {
                // inside its group ("Left hand: knuckles") a joint needs only a short name: "Index"
                String shortKey = fingers ? "q.joint.short.finger" + code.charAt(3)
                        : "q.joint.short." + code.substring(code.indexOf('_') + 1);
                options.add(new ItemView.OptionView(code, text(shortKey), values.contains(code)));
            }
            groups.add(new ItemView.JointGroupView(text(item.valueSet().groupTitleKey(group)), fingers ? "fingers" : "pair",
                    options));
        }
        return groups;
    }

    String codeLabel(Item item, String code) {
        return text(item.codeLabelKey(code));
    }

    private String unit(Item item) {
        String key = item.unitKey();
        return messages.has(lang, key) || messages.has(Lang.DEFAULT, key) ? text(key) : null;
    }

    String problemText(Item item, Problem problem) {
        String key = problem.messageKey();
        if (problem.code().equals(Problem.WRONG_TYPE) && item.type().isNumeric()) {
            key = item.type() == ItemType.INTEGER ? "validation.wrong_type.number" : "validation.wrong_type.decimal";
        }
        return messages.text(lang, key, problem.args());
    }

    private static Problem problemFor(Item item, List<Problem> problems) {
        return problems.stream().filter(p -> p.field().equals(item.id())).findFirst().orElse(null);
    }

    private static String op(Condition when) {
        if (when instanceof Condition.EqualTo) {
            return "eq";
        }
        if (when instanceof Condition.NotEqualTo) {
            return "ne";
        }
        return when instanceof Condition.AnySelected ? "any" : "none";
    }

    private static String value(Condition when) {
        if (when instanceof Condition.EqualTo equalTo) {
            return equalTo.code();
        }
        return when instanceof Condition.NotEqualTo notEqualTo ? notEqualTo.code() : "";
    }

    private String whenHint(Condition when) {
        // a short hint written for this condition reads better than one that quotes a whole question
        String written = "screening.when." + when.itemId() + "." + value(when);
        if (!value(when).isEmpty() && messages.has(lang, written)) {
            return text(written);
        }
        String question = text(Questionnaire.item(when.itemId()).orElseThrow().labelKey());
        Item source = Questionnaire.item(when.itemId()).orElseThrow();
        String op = op(when);
        Map<String, Object> args = op.equals("eq") || op.equals("ne")
                ? Map.of("question", question, "answer", codeLabel(source, value(when)))
                : Map.of("question", question);
        return messages.text(lang, "screening.when." + op, args);
    }

    private String text(String key) {
        return messages.text(lang, key);
    }
}
