package org.ramsc.prescreen.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question. Its texts live in the message bundles under the keys this record names
 * ({@link #labelKey()}, {@link #helpKey()}, {@link #unitKey()}, {@link #codeLabelKey(String)}); the
 * definition holds what validation needs and how the item is shown ({@link #display()}).
 *
 * @param rangeByCode for a number whose bounds depend on another answer (the score value depends on
 *                    which score is known): code of {@link #rangeSource} → bounds
 * @param valueSet    the shared codes (and their labels) of an item that asks about them, else null
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
        Condition when,
        ValueSet valueSet,
        Display display) {

    public Item {
        codes = List.copyOf(codes);
        rangeByCode = Map.copyOf(rangeByCode);
    }

    static Item integer(String id, Range range) {
        return new Item(id, ItemType.INTEGER, List.of(), range, null, Map.of(), null, true, null, null, Display.NUMBER);
    }

    static Item decimal(String id, Range range) {
        return new Item(id, ItemType.DECIMAL, List.of(), range, null, Map.of(), null, true, null, null, Display.NUMBER);
    }

    static Item code(String id, List<String> codes) {
        return new Item(id, ItemType.CODE, codes, null, null, Map.of(), null, true, null, null, Display.CHOICE);
    }

    static Item codes(String id, List<String> codes) {
        return new Item(id, ItemType.CODES, codes, null, null, Map.of(), null, true, null, null, Display.CHECKBOXES);
    }

    /** Any of a shared value set's codes, shown as {@code display}. */
    static Item codes(String id, ValueSet valueSet, Display display) {
        return new Item(id, ItemType.CODES, valueSet.codes(), null, null, Map.of(), null, true, null, valueSet,
                display);
    }

    static Item bool(String id) {
        return new Item(id, ItemType.BOOLEAN, List.of(), null, null, Map.of(), null, true, null, null, Display.CHOICE);
    }

    Item optional() {
        return new Item(id, type, codes, range, rangeSource, rangeByCode, unit, false, when, valueSet, display);
    }

    Item when(Condition condition) {
        return new Item(id, type, codes, range, rangeSource, rangeByCode, unit, required, condition, valueSet, display);
    }

    Item unit(String ucumUnit) {
        return new Item(id, type, codes, range, rangeSource, rangeByCode, ucumUnit, required, when, valueSet, display);
    }

    Item rangeDependsOn(String sourceItemId, Map<String, Range> ranges) {
        return new Item(id, type, codes, range, sourceItemId, ranges, unit, required, when, valueSet, display);
    }

    /** Shown as {@code shown} instead of the type's usual field. */
    Item shownAs(Display shown) {
        return new Item(id, type, codes, range, rangeSource, rangeByCode, unit, required, when, valueSet, shown);
    }

    public String labelKey() {
        return "q." + id + ".label";
    }

    public String helpKey() {
        return "q." + id + ".help";
    }

    /** The unit's words, where the bundle has them (the UCUM code is {@link #unit()}). */
    public String unitKey() {
        return "q." + id + ".unit";
    }

    /** The label of one answer code, or of one whole number on a {@link Display#LABELLED_SCALE}: shared codes are labelled once, in their value set. */
    public String codeLabelKey(String code) {
        return valueSet != null ? valueSet.labelKey(code) : "q." + id + "." + code;
    }

    /** The name of the item's codes: its value set's, or the item's own id. */
    public String codeNamespace() {
        return valueSet != null ? valueSet.name() : id;
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
