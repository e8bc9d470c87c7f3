package org.ramsc.prescreen.questionnaire;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks raw answers (text values, as a form posts them or as the JSON API hands them on after
 * its type check) against the definition. Reports every problem at once, never throws on input.
 */
public final class AnswerValidator {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,15}(\\.\\d{0,15})?|\\.\\d{1,15})");

    private final Year currentYear;

    public AnswerValidator(Year currentYear) {
        this.currentYear = currentYear;
    }

    /** Checks a whole questionnaire's answers, as the API receives them. */
    public Validation validateAll(Map<String, List<String>> raw) {
        List<Problem> problems = new ArrayList<>();
        raw.keySet().stream().filter(key -> !Questionnaire.isItem(key))
                .forEach(key -> problems.add(Problem.of(key, Problem.UNKNOWN_FIELD)));
        Validation validation = validate(raw, Questionnaire.items(), Answers.empty());
        problems.addAll(validation.problems());
        return new Validation(validation.answers(), problems);
    }

    /**
     * Checks the answers to {@code scope} (one wizard step, or everything). Conditions and ranges
     * that depend on items outside the scope read them from {@code context}; earlier answers to the
     * scope's own items are not consulted.
     *
     * @return the valid answers to the scope's applicable items; answers to items whose condition
     *         is false are dropped
     */
    public Validation validate(Map<String, List<String>> raw, Collection<Item> scope, Answers context) {
        Map<String, Object> parsed = new LinkedHashMap<>(capacityFor(scope.size()));
        // what the conditions and ranges of the next item may read: the context outside the scope,
        // and the scope's answers parsed so far; one map that grows, not a copy per item
        Map<String, Object> readable = new LinkedHashMap<>(capacityFor(scope.size() + context.asMap().size()));
        if (!context.asMap().isEmpty()) {
            Set<String> scopeIds = new HashSet<>();
            scope.forEach(item -> scopeIds.add(item.id()));
            readable.putAll(context.without(scopeIds).asMap());
        }
        Answers soFar = Answers.readOnlyView(readable);
        List<Problem> problems = new ArrayList<>();
        for (Item item : scope) {
            if (!item.appliesTo(soFar)) {
                continue;
            }
            List<String> values = nonBlank(raw.get(item.id()), item.type());
            if (values == null) {
                if (item.required()) {
                    problems.add(Problem.of(item.id(), Problem.REQUIRED));
                }
                continue;
            }
            Object value = parse(item, values, soFar, problems);
            if (value != null) {
                parsed.put(item.id(), value);
                readable.put(item.id(), value);
            }
        }
        return new Validation(Answers.of(parsed), problems);
    }

    /** A hash map's capacity that holds {@code entries} without growing on the way. */
    private static int capacityFor(int entries) {
        return entries * 4 / 3 + 1;
    }

    /** Null means "not answered": no value, or only blank text for a single-valued item. */
    private static List<String> nonBlank(List<String> values, ItemType type) {
        if (values == null) {
            return null;
        }
        List<String> cleaned = new ArrayList<>(values.size());
        for (String value : values) {
            String normalized = value == null ? "" : normalize(value);
            if (!normalized.isEmpty()) {
                cleaned.add(normalized);
            }
        }
        if (cleaned.isEmpty() && type != ItemType.CODES) {
            return null;
        }
        return cleaned;
    }

    /** Full-width digits and punctuation from Chinese input methods become their ASCII forms. */
    private static String normalize(String value) {
        return isAscii(value) ? value.strip() : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }

    /** ASCII text is its own NFKC form: most answers are codes and digits, and skip the normalizer. */
    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private Object parse(Item item, List<String> values, Answers soFar, List<Problem> problems) {
        if (item.type() == ItemType.CODES) {
            return parseCodes(item, values, problems);
        }
        if (values.size() != 1) {
            problems.add(Problem.of(item.id(), Problem.WRONG_TYPE));
            return null;
        }
        String text = values.get(0);
        return switch (item.type()) {
            case INTEGER -> parseNumber(item, text, INTEGER, soFar, problems);
            case DECIMAL -> parseNumber(item, text, DECIMAL, soFar, problems);
            case CODE -> {
                if (item.codes().contains(text)) {
                    yield text;
                }
                problems.add(Problem.of(item.id(), Problem.UNKNOWN_CODE));
                yield null;
            }
            case BOOLEAN -> {
                if (text.equals("true") || text.equals("false")) {
                    yield Boolean.valueOf(text);
                }
                problems.add(Problem.of(item.id(), Problem.WRONG_TYPE));
                yield null;
            }
            case CODES -> throw new IllegalStateException("handled above");
        };
    }

    private Object parseNumber(Item item, String text, Pattern shape, Answers soFar, List<Problem> problems) {
        if (!shape.matcher(text).matches()) {
            problems.add(Problem.of(item.id(), Problem.WRONG_TYPE));
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        Optional<Range> range = item.rangeFor(soFar);
        if (range.isPresent() && !range.get().contains(value, currentYear)) {
            problems.add(new Problem(item.id(), Problem.OUT_OF_RANGE, Map.of(
                    "min", range.get().min().toPlainString(),
                    "max", range.get().maxIn(currentYear).toPlainString())));
            return null;
        }
        if (range.isEmpty()) {
            // the bounds depend on an answer that is missing or invalid; that answer carries the problem
            return null;
        }
        if (item.type() == ItemType.INTEGER) {
            return Integer.valueOf(value.intValueExact());
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static List<String> parseCodes(Item item, List<String> values, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (String code : values) {
            if (!item.codes().contains(code)) {
                problems.add(Problem.of(item.id(), Problem.UNKNOWN_CODE));
                valid = false;
            } else if (!seen.add(code)) {
                problems.add(Problem.of(item.id(), Problem.DUPLICATE));
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        // stored in the definition's order so that equal selections compare equal
        return item.codes().stream().filter(seen::contains).toList();
    }
}
