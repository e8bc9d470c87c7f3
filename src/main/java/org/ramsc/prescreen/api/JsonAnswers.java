package org.ramsc.prescreen.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ramsc.prescreen.questionnaire.AnswerValidator;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.ItemType;
import org.ramsc.prescreen.questionnaire.Problem;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Validation;

/**
 * Reads an API request body into validated answers. JSON types are checked against the item types
 * first (a string is not a number here, unlike in a form); the questionnaire's validator then does
 * the rest, so that the API and the wizard accept exactly the same answers.
 */
final class JsonAnswers {

    static final String MALFORMED = "malformed";
    static final String ANSWERS = "answers";

    /** The largest magnitude the validator reads; anything bigger is out of every range anyway. */
    private static final int MAX_DIGITS = 15;
    private static final String LARGEST = "9".repeat(MAX_DIGITS);

    /** Validated answers, or the problems that stop them from being used. */
    record Result(Answers answers, List<Problem> problems) {

        Result {
            problems = List.copyOf(problems);
        }

        boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final ObjectReader reader;

    JsonAnswers(ObjectMapper mapper) {
        // big decimals keep 1e999 and 0.1 exact instead of turning them into Infinity and 0.1000…01;
        // duplicate keys and trailing text make the body ambiguous, so they count as malformed
        this.reader = mapper.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    Result read(byte[] body, Year currentYear) {
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : reader.readTree(body);
        } catch (IOException | RuntimeException unreadable) {
            return malformed();
        }
        if (root == null || !root.isObject()) {
            return malformed();
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode answers = null;
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (field.getKey().equals(ANSWERS)) {
                answers = field.getValue();
            } else {
                problems.add(Problem.of(field.getKey(), Problem.UNKNOWN_FIELD));
            }
        }
        if (answers == null || !answers.isObject()) {
            problems.add(0, Problem.of(ANSWERS, MALFORMED));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return check(answers, currentYear);
    }

    private static Result malformed() {
        return new Result(null, List.of(Problem.of(ANSWERS, MALFORMED)));
    }

    private static Result check(JsonNode answers, Year currentYear) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        Map<String, Problem> wrongTypes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> answer : answers.properties()) {
            String id = answer.getKey();
            Optional<Item> item = Questionnaire.item(id);
            if (item.isEmpty()) {
                raw.put(id, List.of()); // the validator reports it as unknown
                continue;
            }
            if (answer.getValue().isNull()) {
                continue;
            }
            List<String> text = asText(item.get().type(), answer.getValue());
            if (text == null) {
                wrongTypes.put(id, Problem.of(id, Problem.WRONG_TYPE));
            } else {
                raw.put(id, text);
            }
        }
        Validation validation = new AnswerValidator(currentYear).validateAll(raw);
        List<Problem> problems = merge(wrongTypes, validation);
        return new Result(problems.isEmpty() ? validation.answers() : null, problems);
    }

    /**
     * Unknown keys first, then per item in questionnaire order: its type problem (if the item
     * applies) and the validator's problems, without a "required" for an answer that was given in
     * the wrong type.
     */
    private static List<Problem> merge(Map<String, Problem> wrongTypes, Validation validation) {
        List<Problem> merged = new ArrayList<>();
        for (Problem problem : validation.problems()) {
            if (!Questionnaire.isItem(problem.field())) {
                merged.add(problem);
            }
        }
        for (Item item : Questionnaire.items()) {
            Problem wrongType = wrongTypes.get(item.id());
            if (wrongType != null && item.appliesTo(validation.answers())) {
                merged.add(wrongType);
            }
            for (Problem problem : validation.problems()) {
                boolean requiredButGiven = wrongType != null && problem.code().equals(Problem.REQUIRED);
                if (problem.field().equals(item.id()) && !requiredButGiven) {
                    merged.add(problem);
                }
            }
        }
        return merged;
    }

    /** The answer as the validator's text values, or null when its JSON type does not fit the item. */
    private static List<String> asText(ItemType type, JsonNode value) {
        return switch (type) {
            case INTEGER, DECIMAL -> value.isNumber() ? List.of(numberText(value)) : null;
            case CODE -> value.isTextual() ? List.of(value.textValue()) : null;
            case BOOLEAN -> value.isBoolean() ? List.of(String.valueOf(value.booleanValue())) : null;
            case CODES -> {
                if (!value.isArray()) {
                    yield null;
                }
                List<String> codes = new ArrayList<>(value.size());
                for (JsonNode element : value) {
                    if (!element.isTextual()) {
                        yield null;
                    }
                    codes.add(element.textValue());
                }
                yield codes;
            }
        };
    }

    /**
     * A JSON number as short text. Never expands the number: {@code 1e999999999} written out in full
     * would take a gigabyte. Numbers of 10^15 or more become the largest number the validator reads,
     * so that it reports them out of range against the right bounds; numbers with more decimals than
     * it reads keep their short form and are reported as not a number of the expected form.
     */
    static String numberText(JsonNode value) {
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            return value.doubleValue() > 0 ? LARGEST : "-" + LARGEST;
        }
        BigDecimal number = value.isIntegralNumber() ? new BigDecimal(value.bigIntegerValue()) : value.decimalValue();
        if (number.signum() == 0) {
            return "0";
        }
        long leadingDigitExponent = (long) number.precision() - number.scale() - 1;
        if (leadingDigitExponent >= MAX_DIGITS) {
            return number.signum() > 0 ? LARGEST : "-" + LARGEST;
        }
        if (number.scale() > MAX_DIGITS) {
            number = number.stripTrailingZeros();
        }
        return number.scale() <= MAX_DIGITS ? number.toPlainString() : number.toString();
    }
}
