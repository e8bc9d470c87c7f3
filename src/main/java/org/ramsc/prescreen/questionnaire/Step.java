package org.ramsc.prescreen.questionnaire;

import java.util.List;

/** One wizard page. Titles live in the bundles under {@code q.step.<key>.title}. */
public record Step(int number, String key, List<Item> items) {

    public Step {
        items = List.copyOf(items);
    }

    static Step of(int number, String key, Item... items) {
        return new Step(number, key, List.of(items));
    }
}
