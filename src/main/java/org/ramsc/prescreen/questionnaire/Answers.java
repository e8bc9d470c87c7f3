package org.ramsc.prescreen.questionnaire;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validated answers keyed by item id. Values are {@link Integer}, {@link BigDecimal},
 * {@link String} (one code), {@code List<String>} (codes) or {@link Boolean}, as the item's
 * {@link ItemType} says. An absent key means "not answered" or "not applicable".
 */
public final class Answers {

    private static final Answers EMPTY = new Answers(Map.of());

    private final Map<String, Object> values;

    private Answers(Map<String, Object> values) {
        this.values = values;
    }

    public static Answers empty() {
        return EMPTY;
    }

    /** Wraps values that are already of the right types, keeping their order. */
    public static Answers of(Map<String, ?> values) {
        // sized for them all: a whole questionnaire's answers would otherwise grow the map twice
        Map<String, Object> copy = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
        values.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value instanceof List<?> list ? List.copyOf(list) : value);
            }
        });
        return new Answers(Collections.unmodifiableMap(copy));
    }

    /**
     * Answers that read through to {@code values} as it changes, for the validator's conditions while
     * it parses; they must not escape it (every other Answers is immutable).
     */
    static Answers readOnlyView(Map<String, Object> values) {
        return new Answers(Collections.unmodifiableMap(values));
    }

    public boolean has(String itemId) {
        return values.containsKey(itemId);
    }

    public Object get(String itemId) {
        return values.get(itemId);
    }

    public Integer integer(String itemId) {
        return values.get(itemId) instanceof Integer value ? value : null;
    }

    public BigDecimal decimal(String itemId) {
        return values.get(itemId) instanceof BigDecimal value ? value : null;
    }

    public String code(String itemId) {
        return values.get(itemId) instanceof String value ? value : null;
    }

    public Boolean bool(String itemId) {
        return values.get(itemId) instanceof Boolean value ? value : null;
    }

    /** The selected codes, or an empty list when the item was not answered. */
    @SuppressWarnings("unchecked")
    public List<String> codes(String itemId) {
        return values.get(itemId) instanceof List<?> value ? (List<String>) value : List.of();
    }

    /** The selected codes, or {@code null} when the item was not answered (unlike an empty answer). */
    @SuppressWarnings("unchecked")
    public List<String> codesOrNull(String itemId) {
        return values.get(itemId) instanceof List<?> value ? (List<String>) value : null;
    }

    public boolean is(String itemId, String code) {
        return code.equals(code(itemId));
    }

    public Map<String, Object> asMap() {
        return values;
    }

    /** These answers with {@code newer} laid over them; a key mapped to null in newer is removed. */
    public Answers with(Map<String, ?> newer) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        newer.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value instanceof List<?> list ? List.copyOf(list) : value);
            }
        });
        return new Answers(Collections.unmodifiableMap(merged));
    }

    public Answers without(Iterable<String> itemIds) {
        Map<String, Object> kept = new LinkedHashMap<>(values);
        itemIds.forEach(kept::remove);
        return new Answers(Collections.unmodifiableMap(kept));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && values.equals(answers.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + values.keySet();
    }
}
