package org.ramsc.prescreen.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ramsc.prescreen.questionnaire.Answers;

/**
 * A rule written as the lines of its table in {@code rules.md}: the first line whose condition
 * holds decides, and the last line ("otherwise") always does. Every line has its own reason, so
 * the result page can say exactly why. Results are made once, when the table is built.
 */
public final class DecisionTable implements Rule {

    /** The condition of one line. */
    @FunctionalInterface
    public interface Check {
        boolean holds(Answers answers, Scores scores);
    }

    private record Line(Check check, RuleResult result) {
    }

    private final String id;
    private final List<Source> sources;
    private final Line[] lines;
    private final RuleResult otherwise;

    private DecisionTable(String id, List<Source> sources, List<Line> lines, RuleResult otherwise) {
        this.id = id;
        this.sources = List.copyOf(sources);
        this.lines = lines.toArray(new Line[0]);
        this.otherwise = otherwise;
    }

    public static Builder rule(String id, Source... sources) {
        return new Builder(id, List.of(sources));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Source> sources() {
        return sources;
    }

    @Override
    public RuleResult evaluate(Answers answers, Scores scores) {
        for (Line line : lines) {
            if (line.check().holds(answers, scores)) {
                return line.result();
            }
        }
        return otherwise;
    }

    /** Every result this rule can give, one per line, in table order. */
    public List<RuleResult> possibleResults() {
        List<RuleResult> results = new ArrayList<>(lines.length + 1);
        for (Line line : lines) {
            results.add(line.result());
        }
        results.add(otherwise);
        return List.copyOf(results);
    }

    @Override
    public String toString() {
        return "Rule " + id;
    }

    public static final class Builder {

        private final String id;
        private final List<Source> sources;
        private final List<Line> lines = new ArrayList<>();
        private final Set<String> reasons = new HashSet<>();

        private Builder(String id, List<Source> sources) {
            this.id = id;
            this.sources = sources;
        }

        /** A line of the table: when {@code check} holds, the rule says {@code status} for {@code reason}. */
        public Builder when(Check check, Status status, String reason) {
            lines.add(new Line(check, result(status, reason)));
            return this;
        }

        /** The last line, taken when no other line holds. */
        public DecisionTable otherwise(Status status, String reason) {
            return new DecisionTable(id, sources, lines, result(status, reason));
        }

        private RuleResult result(Status status, String reason) {
            if (!reasons.add(reason)) {
                throw new IllegalArgumentException(id + " uses reason '" + reason + "' on two lines");
            }
            return new RuleResult(id, status, "rules." + id + ".reason." + reason);
        }
    }
}
