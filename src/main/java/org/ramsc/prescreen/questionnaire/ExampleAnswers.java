package org.ramsc.prescreen.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named example answer set from {@code src/main/resources/examples/<name>.json}, a flat object of
 * item id → answer as the evaluation API takes it, and every other form of it derived from the set
 * and {@link Questionnaire#STEPS}: typed answers, API JSON, form fields per wizard step. A file holds
 * a whole set (example 1, which the benchmark posts as it is) or names its base in {@code "$extends"}
 * and lists only what differs, null for "not answered": a new required question needs one line in
 * {@code example-1.json}. Each set is validated when read, so a mistake fails at once, naming the file.
 *
 * <p>Beside the definition because these are answers to it, used on every layer (rule, API and page
 * tests, dev seeding, the load driver); plain Java and Jackson, no Quarkus, so plain tests can use it.
 */
public final class ExampleAnswers {

    /** The key of a file that names the set it changes; not an item. */
    private static final String EXTENDS = "$extends";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String name;
    private final Answers answers;

    private ExampleAnswers(String name, Answers answers) {
        this.name = name;
        this.answers = answers;
    }

    /** Worked example 1 of the rule set: every rule MEETS or INFO, so DISCUSS. The request of api.md. */
    public static ExampleAnswers example1() {
        return named("example-1");
    }

    /** Worked example 2: example 1 with lung disease, so R13 CAUTION and still DISCUSS. */
    public static ExampleAnswers example2() {
        return named("example-2");
    }

    /** Worked example 3: example 1 without a known score, 3 tender and 2 swollen joints: DISCUSS_AFTER_REVIEW. */
    public static ExampleAnswers example3() {
        return named("example-3");
    }

    /** Worked example 4: example 1 with a fused joint, so R07 NOT_MET and NOT_SUITABLE_NOW. */
    public static ExampleAnswers example4() {
        return named("example-4");
    }

    /** Example 1 as a patient completes the wizard: with the diagnosis year and the goals answered too. */
    public static ExampleAnswers example1WithOptional() {
        return named("example-1-with-optional");
    }

    /** The set in {@code examples/<name>.json}; fails when there is none or it is not a valid set. */
    public static ExampleAnswers named(String name) {
        return new ExampleAnswers(name, validated(name, values(name)));
    }

    public String name() {
        return name;
    }

    /**
     * This set with some answers replaced, given as the API takes them (a number, a code, a list of
     * codes, a boolean); a null removes the answer. Fails when the result is not a valid set.
     */
    public ExampleAnswers with(Map<String, ?> changes) {
        Map<String, Object> changed = new LinkedHashMap<>(answers.asMap());
        changes.forEach((itemId, value) -> {
            if (value == null) {
                changed.remove(itemId);
            } else {
                changed.put(itemId, value);
            }
        });
        String changedName = name + " with " + changes.keySet();
        return new ExampleAnswers(changedName, validated(changedName, changed));
    }

    public ExampleAnswers with(String itemId, Object value) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(itemId, value);
        return with(change);
    }

    /** The typed answers, in questionnaire order, as the validator makes them. */
    public Answers answers() {
        return answers;
    }

    /**
     * The answers as the API's {@code answers} object takes them: Integer, BigDecimal, String,
     * list of codes, Boolean. A fresh map, so that a test may change it into an invalid request.
     */
    public Map<String, Object> jsonValues() {
        return new LinkedHashMap<>(answers.asMap());
    }

    /** The answers as a JSON object text, e.g. to post as {@code {"answers": ...}} or to store. */
    public String json() {
        try {
            return JSON.writeValueAsString(answers.asMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers are plain values", e);
        }
    }

    /**
     * The answers as the validator reads them, each as text: one value per item, each selected code
     * of a list item on its own (an empty selection as an empty list).
     */
    public Map<String, List<String>> text() {
        Map<String, List<String>> text = new LinkedHashMap<>();
        answers.asMap().forEach((itemId, value) -> text.put(itemId, asText(value)));
        return text;
    }

    /**
     * The fields a patient posts on {@code step} of the wizard, in the page's order: one field per
     * answered item named by its id, and one field per selected code of a list item (joints and
     * medicines are checkboxes), so that nothing is posted for an empty selection.
     */
    public List<Map.Entry<String, String>> formFields(Step step) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Item item : step.items()) {
            if (answers.has(item.id())) {
                asText(answers.get(item.id())).forEach(value -> fields.add(Map.entry(item.id(), value)));
            }
        }
        return fields;
    }

    /** The answers of the file, laid over the set it names in {@code $extends}. */
    private static Map<String, Object> values(String name) {
        Map<String, Object> file = read(name);
        Object base = file.remove(EXTENDS);
        if (base == null) {
            return file;
        }
        Map<String, Object> values = values(base.toString());
        file.forEach((itemId, value) -> {
            if (value == null) {
                values.remove(itemId);
            } else {
                values.put(itemId, value);
            }
        });
        return values;
    }

    private static Map<String, Object> read(String name) {
        String path = "/examples/" + name + ".json";
        try (InputStream in = ExampleAnswers.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no example answers " + path);
            }
            return JSON.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("example answers " + path + " are not a JSON object", e);
        }
    }

    /**
     * Checks the JSON types as the API does (a string is not a number there), then lets the
     * validator check the rest and type the values.
     */
    private static Answers validated(String name, Map<String, Object> values) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        values.forEach((itemId, value) -> {
            if (value == null) {
                return; // not answered
            }
            Questionnaire.item(itemId).filter(item -> !fits(item.type(), value))
                    .ifPresent(item -> problems.add(itemId + " takes " + item.type()));
            raw.put(itemId, asText(value));
        });
        Validation validation = new AnswerValidator(Year.now()).validateAll(raw);
        validation.problems().forEach(problem -> problems.add(problem.field() + " " + problem.code()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("example answers " + name + " are not a valid set: "
                    + String.join(", ", problems));
        }
        return validation.answers();
    }

    private static boolean fits(ItemType type, Object value) {
        return switch (type) {
            case INTEGER, DECIMAL -> value instanceof Number;
            case CODE -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case CODES -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
        };
    }

    private static List<String> asText(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return List.of(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
    }
}
