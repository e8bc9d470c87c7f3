package org.ramsc.prescreen.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a submission is in the clinic's work: new → in review → contacted → closed, and withdrawn
 * from any state (the patient changed their mind). Nothing moves backwards, so the history reads
 * as one line; a mistake is corrected by a note, not by rewriting the status.
 */
public enum SubmissionStatus {
    NEW("new"),
    IN_REVIEW("in_review"),
    CONTACTED("contacted"),
    CLOSED("closed"),
    WITHDRAWN("withdrawn");

    private final String code;

    SubmissionStatus(String code) {
        this.code = code;
    }

    /** As stored in {@code submission.status} and used in URLs. */
    public String code() {
        return code;
    }

    public static Optional<SubmissionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public List<SubmissionStatus> allowedNext() {
        return switch (this) {
            case NEW -> List.of(IN_REVIEW, WITHDRAWN);
            case IN_REVIEW -> List.of(CONTACTED, WITHDRAWN);
            case CONTACTED -> List.of(CLOSED, WITHDRAWN);
            case CLOSED -> List.of(WITHDRAWN);
            case WITHDRAWN -> List.of();
        };
    }

    public boolean canMoveTo(SubmissionStatus next) {
        return allowedNext().contains(next);
    }

    /** Stores the status as its code, the same text the queue's SQL and the URLs use. */
    @jakarta.persistence.Converter
    public static class Column implements jakarta.persistence.AttributeConverter<SubmissionStatus, String> {

        @Override
        public String convertToDatabaseColumn(SubmissionStatus status) {
            return status == null ? null : status.code();
        }

        @Override
        public SubmissionStatus convertToEntityAttribute(String code) {
            return code == null ? null : fromCode(code).orElseThrow(
                    () -> new IllegalStateException("unknown submission status in the database: " + code));
        }
    }
}
