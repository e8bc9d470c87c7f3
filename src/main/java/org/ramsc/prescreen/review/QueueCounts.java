package org.ramsc.prescreen.review;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.submission.SubmissionStatus;

/** How many submissions match the current filters, by outcome and by status. */
public record QueueCounts(Map<Outcome, Long> byOutcome, Map<SubmissionStatus, Long> byStatus) {

    public static QueueCounts empty() {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        Arrays.stream(Outcome.values()).forEach(o -> outcomes.put(o, 0L));
        Map<SubmissionStatus, Long> statuses = new EnumMap<>(SubmissionStatus.class);
        Arrays.stream(SubmissionStatus.values()).forEach(s -> statuses.put(s, 0L));
        return new QueueCounts(outcomes, statuses);
    }

    void add(Outcome outcome, SubmissionStatus status, long count) {
        byOutcome.merge(outcome, count, Long::sum);
        byStatus.merge(status, count, Long::sum);
    }

    public long total() {
        return byOutcome.values().stream().mapToLong(Long::longValue).sum();
    }

    public long outcome(Outcome outcome) {
        return byOutcome.getOrDefault(outcome, 0L);
    }

    public long status(SubmissionStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
