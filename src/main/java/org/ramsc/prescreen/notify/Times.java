package org.ramsc.prescreen.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A TIMESTAMPTZ as a native query returns it, whichever Java type the driver chose. */
final class Times {

    private Times() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }
}
