package org.ramsc.prescreen.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Questionnaire;

/**
 * Stores answers as a JSON object keyed by item id, the same shape as the API's {@code answers}.
 * Reading back uses the definition's types, and drops keys the definition no longer knows.
 */
public final class AnswersJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswersJson() {
    }

    public static String write(Answers answers) {
        ObjectNode node = MAPPER.createObjectNode();
        answers.asMap().forEach((key, value) -> {
            if (value instanceof Integer i) {
                node.put(key, i);
            } else if (value instanceof BigDecimal d) {
                node.put(key, d);
            } else if (value instanceof Boolean b) {
                node.put(key, b);
            } else if (value instanceof List<?> list) {
                ArrayNode array = node.putArray(key);
                list.forEach(code -> array.add(code.toString()));
            } else {
                node.put(key, value.toString());
            }
        });
        return node.toString();
    }

    public static Answers read(String json) {
        if (json == null || json.isBlank()) {
            return Answers.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            Map<String, Object> values = new LinkedHashMap<>();
            for (Item item : Questionnaire.items()) {
                JsonNode value = node.get(item.id());
                if (value == null || value.isNull()) {
                    continue;
                }
                values.put(item.id(), switch (item.type()) {
                    case INTEGER -> value.intValue();
                    case DECIMAL -> value.decimalValue();
                    case BOOLEAN -> value.booleanValue();
                    case CODE -> value.asText();
                    case CODES -> {
                        List<String> codes = new ArrayList<>();
                        value.forEach(code -> codes.add(code.asText()));
                        yield codes;
                    }
                });
            }
            return Answers.of(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not JSON", e);
        }
    }
}
