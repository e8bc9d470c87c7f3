package org.ramsc.prescreen.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.ramsc.prescreen.rules.RuleResult;

/** Stores rule results as a JSON array, exactly as they were decided. */
public final class RuleResultsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<RuleResult>> TYPE = new TypeReference<>() {
    };

    private RuleResultsJson() {
    }

    public static String write(List<RuleResult> results) {
        try {
            return MAPPER.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule results are plain records", e);
        }
    }

    public static List<RuleResult> read(String json) {
        try {
            return MAPPER.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rule results are not JSON", e);
        }
    }
}
