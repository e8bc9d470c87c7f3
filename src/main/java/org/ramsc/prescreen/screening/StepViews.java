package org.ramsc.prescreen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Condition;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.ItemType;
import org.ramsc.prescreen.questionnaire.Problem;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;

/** Builds the wizard's view of a step from the definition, the saved answers or the posted form. */
final class StepViews {

    /** Joint groups as the body is usually examined: top to bottom, the patient's left then right. */
    private static final List<String[]> JOINT_GROUPS = List.of(
            new String[] {"shoulders", "shoulder_left", "shoulder_right"},
            new String[] {"elbows", "elbow_left", "elbow_right"},
            new String[] {"wrists", "wrist_left", "wrist_right"},
            new String[] {"knuckles_left", "mcp1_left", "mcp2_left", "mcp3_left", "mcp4_left", "mcp5_left"},
            new String[] {"knuckles_right", "mcp1_right", "mcp2_right", "mcp3_right", "mcp4_right", "mcp5_right"},
            new String[] {"fingers_left", "pip1_left", "pip2_left", "pip3_left", "pip4_left", "pip5_left"},
            new String[] {"fingers_right", "pip1_right", "pip2_right", "pip3_right", "pip4_right", "pip5_right"},
            new String[] {"knees", "knee_left", "knee_right"});

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
                text("q.step." + step.key() + ".title"), text("q.step." + step.key() + ".intro"),
                items, withErrors);
    }

    private ItemView item(Item item, List<String> values, Problem problem) {
        String first = values.isEmpty() ? "" : values.get(0);
        String kind = switch (item.type()) {
            case INTEGER -> isScale(item) ? (hasValueLabels(item) ? "radio" : "scale") : "number";
            case DECIMAL -> "number";
            case CODE, BOOLEAN -> "radio";
            case CODES -> item.codes().equals(Questionnaire.JOINTS) ? "joints" : "checkbox";
        };
        List<ItemView.OptionView> options = switch (item.type()) {
            case CODE, CODES -> item.codes().stream()
                    .map(code -> new ItemView.OptionView(code, codeLabel(item, code), values.contains(code)))
                    .toList();
            case INTEGER -> isScale(item) ? scaleOptions(item, first) : List.of();
            case BOOLEAN -> List.of("true", "false").stream()
                    .map(code -> new ItemView.OptionView(code, text("q." + item.id() + "." + code), first.equals(code)))
                    .toList();
            default -> List.of();
        };
        List<ItemView.JointGroupView> groups = kind.equals("joints") ? jointGroups(values) : List.of();
        Condition when = item.when();
        return new ItemView(item.id(), kind, text("q." + item.id() + ".label"), text("q." + item.id() + ".help"),
                unit(item), item.type() == ItemType.INTEGER ? "numeric" : "decimal",
                first, options, groups, problem == null ? null : problemText(item, problem), item.required(),
                when == null ? null : when.itemId(), when == null ? null : op(when), when == null ? null : value(when),
                when == null ? null : whenHint(when));
    }

    /** A short whole-number range is easier to tap than to type: 0–10 or 1–4 become radio buttons. */
    static boolean isScale(Item item) {
        return item.range() != null && !item.range().maxIsCurrentYear()
                && item.range().max().subtract(item.range().min()).intValue() <= 10;
    }

    private boolean hasValueLabels(Item item) {
        return messages.has(Lang.DEFAULT, "q." + item.id() + "." + item.range().min().intValue());
    }

    private List<ItemView.OptionView> scaleOptions(Item item, String chosen) {
        List<ItemView.OptionView> options = new ArrayList<>();
        boolean labelled = hasValueLabels(item);
        for (int v = item.range().min().intValue(); v <= item.range().max().intValue(); v++) {
            String code = String.valueOf(v);
            options.add(new ItemView.OptionView(code, labelled ? text("q." + item.id() + "." + code) : code,
                    chosen.equals(code)));
        }
        return options;
    }

    private List<ItemView.JointGroupView> jointGroups(List<String> values) {
        List<ItemView.JointGroupView> groups = new ArrayList<>();
        for (String[] group : JOINT_GROUPS) {
            List<ItemView.OptionView> options = new ArrayList<>();
            boolean fingers = group.length > 3;
            for (int i = 1; i < group.length; i++) {
                // inside its group ("Left hand: knuckles") a joint needs only a short name: "Index"
                String code = group[i];
                String shortKey = fingers ? "q.joint.short.finger" + code.charAt(3)
                        : "q.joint.short." + code.substring(code.indexOf('_') + 1);
                options.add(new ItemView.OptionView(code, text(shortKey), values.contains(code)));
            }
            groups.add(new ItemView.JointGroupView(text("q.joint.region." + group[0]), fingers ? "fingers" : "pair",
                    options));
        }
        return groups;
    }

    String codeLabel(Item item, String code) {
        return item.codes().equals(Questionnaire.JOINTS) ? text("q.joint." + code) : text("q." + item.id() + "." + code);
    }

    private String unit(Item item) {
        String key = "q." + item.id() + ".unit";
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
        String question = text("q." + when.itemId() + ".label");
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
