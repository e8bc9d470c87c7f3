package org.ramsc.prescreen.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of running a rule set on one set of answers: what a result page, the API and a
 * stored submission show. {@code results} are in rule order (R01..R16).
 */
public record Evaluation(
        String questionnaireVersion,
        String rulesetVersion,
        Outcome outcome,
        List<RuleResult> results,
        Scores scores) {

    private static final Comparator<RuleResult> PAGE_ORDER = Comparator.comparingInt(r -> pageRank(r.status()));

    public Evaluation {
        results = List.copyOf(results);
    }

    /** Results as the page lists them: NOT_MET, REVIEW, CAUTION, then MEETS and INFO; rule order within. */
    public List<RuleResult> inDisplayOrder() {
        List<RuleResult> ordered = new ArrayList<>(results);
        ordered.sort(PAGE_ORDER); // stable: rule order is kept within a group
        return List.copyOf(ordered);
    }

    /** The results with one of these statuses, in rule order. */
    public List<RuleResult> withStatus(Status... statuses) {
        Set<Status> wanted = statuses.length == 0 ? EnumSet.noneOf(Status.class) : EnumSet.of(statuses[0], statuses);
        return results.stream().filter(r -> wanted.contains(r.status())).toList();
    }

    public Optional<RuleResult> result(String ruleId) {
        return results.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }

    private static int pageRank(Status status) {
        return switch (status) {
            case NOT_MET -> 0;
            case REVIEW -> 1;
            case CAUTION -> 2;
            case MEETS, INFO -> 3;
        };
    }
}
