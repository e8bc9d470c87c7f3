package org.ramsc.prescreen.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of a request. The body is read as raw JSON instead, so that every type
 * problem can be reported in the API's own error format.
 */
@Schema(name = "EvaluationRequest", description = "Answers to the screening questionnaire, keyed by item id.")
public record EvaluationRequest(
        @Schema(required = true, ref = AnswersSchemaFilter.ANSWERS_SCHEMA)
        Map<String, Object> answers) {
}
