package org.ramsc.prescreen.review;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Where the next queue page starts: the (created_at, id) key of the last row shown. Keyset paging
 * costs the same on page 1 and page 2,000, and rows arriving meanwhile neither repeat nor vanish.
 */
public record QueueCursor(Instant createdAt, UUID id) {

    public String encode() {
        return createdAt + "_" + id;
    }

    /** Reads {@code after=}; null or blank means the first page, anything malformed answers 400. */
    public static QueueCursor parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int split = value.indexOf('_');
        if (split < 0) {
            throw new BadRequestException();
        }
        try {
            return new QueueCursor(Instant.parse(value.substring(0, split)),
                    UUID.fromString(value.substring(split + 1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new BadRequestException();
        }
    }
}
