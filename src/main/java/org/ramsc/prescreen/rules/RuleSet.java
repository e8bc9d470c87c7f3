package org.ramsc.prescreen.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Questionnaire;

/**
 * A versioned, ordered set of rules that turns answers into an {@link Evaluation}. The standard set
 * is version {@value #VERSION}; other sets (with other versions) let stored answers be re-run
 * against a changed rule set.
 */
public final class RuleSet {

    public static final String VERSION = "1";

    private static final RuleSet STANDARD = new RuleSet(VERSION, StandardRules.all());

    private final String version;
    private final List<Rule> rules;
    private final List<String> ids;
    private final Rule[] ordered;

    public RuleSet(String version, List<Rule> rules) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a rule set needs a version");
        }
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule " + rule.id() + " appears twice");
            }
        }
        this.version = version;
        this.rules = List.copyOf(rules);
        this.ids = this.rules.stream().map(Rule::id).toList();
        this.ordered = this.rules.toArray(new Rule[0]);
    }

    /** R01..R16 as {@code rules.md} describes them. */
    public static RuleSet standard() {
        return STANDARD;
    }

    public String version() {
        return version;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rules' ids in order, for everything that lists the rules: filters, export columns. */
    public List<String> ids() {
        return ids;
    }

    public Optional<Rule> rule(String id) {
        for (Rule rule : ordered) {
            if (rule.id().equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Runs every rule on validated answers (conditions applied) and decides the outcome. */
    public Evaluation evaluate(Answers answers) {
        Scores scores = Scores.of(answers);
        RuleResult[] results = new RuleResult[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            results[i] = ordered[i].evaluate(answers, scores);
        }
        List<RuleResult> list = List.of(results);
        return new Evaluation(Questionnaire.VERSION, version, outcomeOf(list), list, scores);
    }

    /** Any NOT_MET decides first, then any REVIEW; CAUTION and INFO never change the outcome. */
    public static Outcome outcomeOf(List<RuleResult> results) {
        boolean review = false;
        for (RuleResult result : results) {
            if (result.status() == Status.NOT_MET) {
                return Outcome.NOT_SUITABLE_NOW;
            }
            review |= result.status() == Status.REVIEW;
        }
        return review ? Outcome.DISCUSS_AFTER_REVIEW : Outcome.DISCUSS;
    }

    @Override
    public String toString() {
        return "RuleSet " + version + " " + ids;
    }
}
