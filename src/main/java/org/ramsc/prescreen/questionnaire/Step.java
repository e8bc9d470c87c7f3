package org.ramsc.prescreen.questionnaire;

import java.util.List;

/** One wizard page; its texts live in the bundles under the keys it names. */
public record Step(int number, String key, List<Item> items) {

    public Step {
        items = List.copyOf(items);
    }

    public String titleKey() {
        return "q.step." + key + ".title";
    }

    public String introKey() {
        return "q.step." + key + ".intro";
    }

    static Step of(int number, String key, Item... items) {
        return new Step(number, key, List.of(items));
    }
}
