package org.ramsc.prescreen.screening;

import java.util.List;

/** One wizard page: its questions, and every problem found when it was last posted. */
public record StepView(int number, int total, String title, String intro, List<ItemView> items,
        List<ItemView> withErrors) {

    public boolean hasErrors() {
        return !withErrors.isEmpty();
    }

    public boolean first() {
        return number == 1;
    }

    public int previous() {
        return number - 1;
    }

    /** Width of the progress bar, in tenths of percent (no inline styles: the CSS has one class per step). */
    public int progressPercent() {
        return Math.round(100f * number / total);
    }
}
