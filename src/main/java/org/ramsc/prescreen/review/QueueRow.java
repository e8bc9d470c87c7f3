package org.ramsc.prescreen.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the staff queue: no answers, only what is needed to pick a submission. */
public record QueueRow(UUID id, String referenceCode, Instant createdAt, String outcome, List<String> flaggedRules,
        String status, String lang, String contactName) {

    public QueueCursor cursor() {
        return new QueueCursor(createdAt, id);
    }
}
