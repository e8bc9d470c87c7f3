package org.ramsc.prescreen.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One problem with a request, in the request's language. */
@Schema(name = "Error", description = "One problem with the request body.")
public record ApiError(
        @Schema(description = "The answer key (or top-level key) the problem is about", examples = "age")
        String field,
        @Schema(description = "Stable problem code",
                enumeration = {"malformed", "unknown_field", "wrong_type", "out_of_range", "unknown_code",
                        "duplicate", "required"})
        String code,
        @Schema(description = "What is wrong, in the request's language")
        String message) {
}
