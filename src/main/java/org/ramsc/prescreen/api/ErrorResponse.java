package org.ramsc.prescreen.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every problem found in a request body, listed at once. */
@Schema(name = "Errors", description = "Every problem found in the request body.")
public record ErrorResponse(List<ApiError> errors) {

    public ErrorResponse {
        errors = List.copyOf(errors);
    }
}
