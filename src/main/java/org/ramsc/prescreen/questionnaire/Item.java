package org.ramsc.prescreen.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question. Labels live in the message bundles under {@code q.<id>.label}, {@code q.<id>.help}
 * and {@code q.<id>.<code>} for each code; the definition holds only what validation needs.
 *
 * @param rangeByCode for a number whose bounds depend on another answer (the score value depends on
 *                    which score is known): code of {@link #rangeSource} → bounds
 */
public record Item(
        String id,
        ItemType type,
        List<String> codes,
        Range range,
        String rangeSource,
        Map<String, Range> rangeByCode,
        String unit,
        boolean required,
        Condition when) {

    public Item {
        codes = List.copyOf(codes);
        rangeByCode = Map.copyOf(rangeByCode);
    }

    static Item integer(String id, Range range) {
        return new Item(id, ItemType.INTEGER, List.of(), range, null, Map.of(), null, true, null);
    }

    static Item decimal(String id, Range range) {
        return new Item(id, ItemType.DECIMAL, List.of(), range, null, Map.of(), null, true, null);
    }

    static Item code(String id, List<String> codes) {
        return new Item(id, ItemType.CODE, codes, null, null, Map.of(), null, true, null);
    }

    static Item codes(String id, List<String> codes) {
        return new Item(id, ItemType.CODES, codes, null, null, Map.of(), null, true, null);
    }

    static Item bool(String id) {
        return new Item(id, ItemType.BOOLEAN, List.of(), null, null, Map.of(), null, true, null);
    }

    Item optional() {
        return new Item(id, type, codes, range, rangeSource, rangeByCode, unit, false, when);
    }

    Item when(Condition condition) {
        return new Item(id, type, codes, range, rangeSource, rangeByCode, unit, required, condition);
    }

    Item unit(String ucumUnit) {
        return new Item(id, type, codes, range, rangeSource, rangeByCode, ucumUnit, required, when);
    }

    Item rangeDependsOn(String sourceItemId, Map<String, Range> ranges) {
        return new Item(id, type, codes, range, sourceItemId, ranges, unit, required, when);
    }

    public boolean isConditional() {
        return when != null;
    }

    /** Whether the item applies to these answers: it has no condition, or its condition holds. */
    public boolean appliesTo(Answers answers) {
        return when == null || when.holds(answers);
    }

    /** The bounds that apply given the other answers; empty when they cannot be known yet. */
    public Optional<Range> rangeFor(Answers answers) {
        if (rangeSource == null) {
            return Optional.ofNullable(range);
        }
        return Optional.ofNullable(rangeByCode.get(answers.code(rangeSource)));
    }
}
