package org.ramsc.prescreen.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.security.Actor;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.submission.AnswersJson;
import org.ramsc.prescreen.submission.RuleResultsJson;
import org.ramsc.prescreen.submission.Submission;

/**
 * Evaluates a submission's stored answers again, with the current rule set, and lines the results
 * up against the stored ones rule by rule. The stored results are what the patient was shown and
 * are never overwritten: this only answers "would the rules say the same today?".
 */
@ApplicationScoped
public class RerunService {

    @Inject RuleSet current;
    @Inject AuditLog audit;

    /** Runs the comparison on a staff member's request and records that it was run. */
    @Transactional
    public Optional<Comparison> rerun(UUID id, Actor actor) {
        Optional<Comparison> comparison = compare(id, current);
        comparison.ifPresent(c -> audit.record(actor.name(), AuditLog.SUBMISSION_RERUN, "submission", id.toString(),
                "stored=" + c.storedVersion() + " ruleset=" + c.nowVersion() + " differences=" + c.differences(),
                actor.address()));
        return comparison;
    }

    @Transactional
    public Optional<Comparison> compare(UUID id) {
        return compare(id, current);
    }

    /** The comparison with any rule set; tests pass a changed one. Reads only. */
    @Transactional
    public Optional<Comparison> compare(UUID id, RuleSet ruleSet) {
        return Submission.<Submission>findByIdOptional(id).map(s -> compare(s, ruleSet));
    }

    static Comparison compare(Submission submission, RuleSet ruleSet) {
        Evaluation now = ruleSet.evaluate(AnswersJson.read(submission.answers));
        Map<String, RuleResult> stored = new LinkedHashMap<>();
        RuleResultsJson.read(submission.ruleResults).forEach(r -> stored.put(r.ruleId(), r));
        Map<String, RuleResult> fresh = new LinkedHashMap<>();
        now.results().forEach(r -> fresh.put(r.ruleId(), r));
        List<String> ids = new ArrayList<>(stored.keySet());
        fresh.keySet().stream().filter(id -> !stored.containsKey(id)).forEach(ids::add);
        List<RuleDiff> rules = ids.stream().map(id -> new RuleDiff(id, stored.get(id), fresh.get(id))).toList();
        return new Comparison(submission.id, submission.referenceCode, submission.rulesetVersion,
                now.rulesetVersion(), submission.outcome, now.outcome().name(), rules);
    }

    public record Comparison(UUID id, String referenceCode, String storedVersion, String nowVersion,
            String storedOutcome, String nowOutcome, List<RuleDiff> rules) {

        public long differences() {
            return rules.stream().filter(RuleDiff::changed).count();
        }

        public boolean outcomeChanged() {
            return !storedOutcome.equals(nowOutcome);
        }
    }

    /** One rule, stored and now; either side is null when the rule exists in one set only. */
    public record RuleDiff(String ruleId, RuleResult stored, RuleResult now) {

        public boolean changed() {
            return stored == null || now == null || stored.status() != now.status()
                    || !Objects.equals(stored.reasonKey(), now.reasonKey());
        }
    }
}
