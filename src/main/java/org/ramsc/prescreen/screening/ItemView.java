package org.ramsc.prescreen.screening;

import java.util.List;

/**
 * One question as the wizard template draws it.
 *
 * @param kind     {@code number}, {@code radio}, {@code checkbox} or {@code joints}
 * @param whenItem the item this one depends on, for the script that shows and hides it live
 * @param whenOp   {@code eq}, {@code ne}, {@code any} or {@code none}
 */
public record ItemView(
        String id,
        String kind,
        String label,
        String help,
        String unit,
        String inputMode,
        String value,
        List<OptionView> options,
        List<JointGroupView> jointGroups,
        String error,
        boolean required,
        String whenItem,
        String whenOp,
        String whenValue,
        String whenHint) {

    public boolean hasError() {
        return error != null;
    }

    public boolean conditional() {
        return whenItem != null;
    }

    /** Where the error summary links to: the first control of the question. */
    public String anchor() {
        if (kind.equals("number")) {
            return id;
        }
        if (kind.equals("joints")) {
            return id + "-" + jointGroups.get(0).options().get(0).code();
        }
        return id + "-" + options.get(0).code();
    }

    /**
     * The question as the error summary names it, before the error: "Age: …", but a question that
     * ends in its own punctuation ("…吗？") gets no second mark after it.
     */
    public String summaryLabel(String separator) {
        String text = label.strip();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        if ("？！：。".indexOf(last) >= 0) {
            return text;
        }
        if ("?!:.".indexOf(last) >= 0) {
            return text + " ";
        }
        return text + separator;
    }

    /**
     * Whether a joint list is drawn unfolded: when it holds a tick, so that a patient without the
     * picture sees what is ticked, or when its question has an error to fix.
     */
    public boolean listOpen() {
        return hasError() || (jointGroups != null
                && jointGroups.stream().anyMatch(group -> group.options().stream().anyMatch(OptionView::checked)));
    }

    public String describedBy() {
        String ids = id + "-help";
        if (whenHint != null) {
            ids += " " + id + "-when";
        }
        return error != null ? id + "-error " + ids : ids;
    }

    public record OptionView(String code, String label, boolean checked) {
    }

    public record JointGroupView(String title, String kind, List<OptionView> options) {
    }
}
