package org.ramsc.prescreen.review;

import java.util.List;
import java.util.UUID;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.submission.ReferenceCode;

/** The re-run page: stored and current result of every rule, differences marked in words. */
public record RerunView(UUID id, String referenceCode, String storedVersion, String nowVersion,
        String storedOutcome, String storedOutcomeLabel, String nowOutcome, String nowOutcomeLabel,
        boolean outcomeChanged, long differences, List<Row> rows) {

    public record Row(String id, String title, boolean changed, Side stored, Side now) {
    }

    /** One side of a row; {@code present} is false when the rule set has no such rule. */
    public record Side(boolean present, String status, String statusLabel, String icon, String reason) {
    }

    public static RerunView of(RerunService.Comparison comparison, ReviewFormat format) {
        List<Row> rows = comparison.rules().stream().map(d -> new Row(d.ruleId(), format.ruleTitle(d.ruleId()),
                d.changed(), side(d.stored(), format), side(d.now(), format))).toList();
        return new RerunView(comparison.id(), ReferenceCode.grouped(comparison.referenceCode()),
                comparison.storedVersion(), comparison.nowVersion(),
                comparison.storedOutcome(), format.outcome(comparison.storedOutcome()),
                comparison.nowOutcome(), format.outcome(comparison.nowOutcome()),
                comparison.outcomeChanged(), comparison.differences(), rows);
    }

    private static Side side(RuleResult result, ReviewFormat format) {
        if (result == null) {
            return new Side(false, "", "", "", "");
        }
        return new Side(true, result.status().name(), format.ruleStatus(result.status()),
                ReviewFormat.ruleStatusIcon(result.status()), format.t(result.reasonKey()));
    }
}
