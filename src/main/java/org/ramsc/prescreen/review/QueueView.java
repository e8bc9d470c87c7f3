package org.ramsc.prescreen.review;

import java.util.Arrays;
import java.util.List;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.submission.ReferenceCode;
import org.ramsc.prescreen.submission.SubmissionStatus;

/** What the queue page shows, in the staff member's language. */
public record QueueView(
        List<ReviewFormat.Option> outcomes,
        List<ReviewFormat.Option> statuses,
        List<ReviewFormat.Option> rules,
        List<ReviewFormat.Option> langs,
        String from,
        String to,
        String query,
        List<Count> outcomeCounts,
        List<Count> statusCounts,
        long total,
        List<Row> rows,
        String firstHref,
        String nextHref,
        String csvHref,
        String fhirHref,
        boolean filtered,
        List<String> activeFilters,
        boolean oldestFirst) {

    public record Count(String code, String icon, String label, long count) {
    }

    public record Row(String href, String referenceCode, String created, String outcome, String outcomeLabel,
            String outcomeIcon, String flaggedRules, String status, String statusLabel, String language,
            String name, boolean burst, List<Flag> flags, String waiting) {
    }

    /** A flagged rule in words; the id stays for those who know the rules by number. */
    public record Flag(String id, String title) {
    }

    /** "Status: New", "Rule: R08 …": what the collapsed filter box says is in force. */
    static List<String> activeFilters(QueueFilter filter, ReviewFormat format) {
        List<String> active = new java.util.ArrayList<>();
        if (filter.query() != null) {
            active.add(format.t("review.filter.query") + ": " + filter.query());
        }
        if (filter.outcome() != null) {
            active.add(format.t("review.filter.outcome") + ": " + format.outcome(filter.outcome().name()));
        }
        if (filter.status() != null) {
            active.add(format.t("review.filter.status") + ": " + format.status(filter.status().code()));
        }
        if (filter.rule() != null) {
            active.add(format.t("review.filter.rule") + ": " + filter.rule() + " " + format.ruleTitle(filter.rule()));
        }
        if (filter.lang() != null) {
            active.add(format.t("review.filter.language") + ": " + filter.lang().nativeName());
        }
        if (filter.from() != null) {
            active.add(format.t("review.filter.from") + ": " + filter.from());
        }
        if (filter.to() != null) {
            active.add(format.t("review.filter.to") + ": " + filter.to());
        }
        return active;
    }

    public static QueueView of(QueueFilter filter, boolean firstPage, QueueService.Result result,
            ReviewFormat format) {
        List<ReviewFormat.Option> statuses = Arrays.stream(SubmissionStatus.values())
                .map(s -> new ReviewFormat.Option(s.code(), format.status(s.code()), s == filter.status())).toList();
        List<ReviewFormat.Option> rules = RuleSet.standard().ids().stream()
                .map(id -> new ReviewFormat.Option(id, id + " " + format.ruleTitle(id), id.equals(filter.rule())))
                .toList();
        List<ReviewFormat.Option> langs = Arrays.stream(Lang.values())
                .map(l -> new ReviewFormat.Option(l.tag(), l.nativeName(), l == filter.lang())).toList();
        QueueCounts counts = result.counts();
        java.time.Instant now = java.time.Instant.now();
        List<Count> outcomeCounts = Arrays.stream(Outcome.values()).map(o -> new Count(o.name(),
                ReviewFormat.outcomeIcon(o.name()), format.outcome(o.name()), counts.outcome(o))).toList();
        List<Count> statusCounts = Arrays.stream(SubmissionStatus.values()).map(s -> new Count(s.code(), "",
                format.status(s.code()), counts.status(s))).toList();
        List<Row> rows = result.page().rows().stream().map(r -> new Row(
                ReviewPaths.detail(r.id()),
                ReferenceCode.grouped(r.referenceCode()),
                format.time(r.createdAt()),
                r.outcome(),
                format.outcome(r.outcome()),
                ReviewFormat.outcomeIcon(r.outcome()),
                String.join(" ", r.flaggedRules()),
                r.status(),
                format.status(r.status()),
                format.language(r.lang()),
                r.contactName(),
                result.bursts().contains(r.id()),
                r.flaggedRules().stream().map(id -> new Flag(id, format.ruleTitle(id))).toList(),
                "new".equals(r.status()) ? format.waiting(r.createdAt(), now) : null)).toList();
        QueueCursor next = result.page().next();
        return new QueueView(ReviewFormat.outcomeOptions(format, filter.outcome()), statuses, rules, langs,
                filter.from() == null ? "" : filter.from().toString(),
                filter.to() == null ? "" : filter.to().toString(),
                filter.query() == null ? "" : filter.query(),
                outcomeCounts, statusCounts, counts.total(), rows,
                firstPage ? null : filter.href("/staff"),
                next == null ? null : filter.href("/staff", "after=" + next.encode()),
                filter.href("/staff/export.csv"),
                filter.href("/staff/export.fhir.json"),
                !filter.isEmpty(),
                activeFilters(filter, format),
                filter.oldestFirst());
    }
}
