package org.ramsc.prescreen.questionnaire;

import java.util.List;

/**
 * A declarative "when" condition: the item is shown and read only while it holds. Kept to four
 * shapes so that it maps one to one onto FHIR {@code enableWhen} and onto the wizard's live show/hide.
 * A condition on an item that has no valid answer does not hold.
 */
public sealed interface Condition {

    /** The item whose answer the condition reads. */
    String itemId();

    boolean holds(Answers answers);

    static Condition equalTo(String itemId, String code) {
        return new EqualTo(itemId, code);
    }

    static Condition notEqualTo(String itemId, String code) {
        return new NotEqualTo(itemId, code);
    }

    static Condition anySelected(String itemId) {
        return new AnySelected(itemId);
    }

    static Condition noneSelected(String itemId) {
        return new NoneSelected(itemId);
    }

    record EqualTo(String itemId, String code) implements Condition {
        public boolean holds(Answers answers) {
            return code.equals(answers.code(itemId));
        }
    }

    record NotEqualTo(String itemId, String code) implements Condition {
        public boolean holds(Answers answers) {
            String value = answers.code(itemId);
            return value != null && !code.equals(value);
        }
    }

    record AnySelected(String itemId) implements Condition {
        public boolean holds(Answers answers) {
            List<String> codes = answers.codesOrNull(itemId);
            return codes != null && !codes.isEmpty();
        }
    }

    record NoneSelected(String itemId) implements Condition {
        public boolean holds(Answers answers) {
            List<String> codes = answers.codesOrNull(itemId);
            return codes != null && codes.isEmpty();
        }
    }
}
