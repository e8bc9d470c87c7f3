package org.ramsc.prescreen.questionnaire;

import java.util.Map;

/**
 * One thing wrong with one answer. {@code code} is part of the API contract; the message shown to
 * people comes from the bundle key {@link #messageKey()} filled with {@code args}.
 */
public record Problem(String field, String code, Map<String, String> args) {

    public static final String UNKNOWN_FIELD = "unknown_field";
    public static final String WRONG_TYPE = "wrong_type";
    public static final String OUT_OF_RANGE = "out_of_range";
    public static final String UNKNOWN_CODE = "unknown_code";
    public static final String DUPLICATE = "duplicate";
    public static final String REQUIRED = "required";

    public Problem {
        args = Map.copyOf(args);
    }

    public static Problem of(String field, String code) {
        return new Problem(field, code, Map.of());
    }

    public String messageKey() {
        return "validation." + code;
    }
}
