package org.ramsc.prescreen.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.rules.Rule;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.rules.Scores;
import org.ramsc.prescreen.rules.Source;
import org.ramsc.prescreen.rules.Status;

/** The outcome and every rule's verdict, with texts in the request's language. */
@Schema(name = "Evaluation")
public record EvaluationResponse(
        @Schema(examples = "1") String questionnaireVersion,
        @Schema(examples = "1") String rulesetVersion,
        Outcome outcome,
        @Schema(description = "All rules, R01..R16, in rule order")
        @JsonSerialize(contentUsing = FixedRuleSerializer.class) List<RuleView> rules,
        ScoresView scores) {

    @Schema(name = "RuleResult")
    public record RuleView(
            @Schema(examples = "R07") String id,
            Status status,
            @Schema(description = "The rule's title")
            @JsonSerialize(using = FixedTextSerializer.class) String title,
            @Schema(description = "Why the rule came out this way, in one or two sentences")
            @JsonSerialize(using = FixedTextSerializer.class) String explanation,
            @Schema(description = "Full citations of the sources the rule rests on")
            @JsonSerialize(contentUsing = FixedTextSerializer.class) List<String> sources) {
    }

    @Schema(name = "Scores", description = "Values derived from the answers. Estimates come from the patient's"
            + " own joint counts, never a doctor's score.")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ScoresView(
            int tenderCount,
            int swollenCount,
            @Schema(nullable = true, description = "DAS28-ESR estimate rounded to 2 decimals; null without ESR")
            BigDecimal das28EsrEstimate,
            @Schema(nullable = true, description = "DAS28-CRP estimate rounded to 2 decimals; null without CRP")
            BigDecimal das28CrpEstimate) {
    }

    /** Each rule's full citations, by rule id: the same for every evaluation, so joined once per rule set. */
    public static Map<String, List<String>> citationsByRule(RuleSet ruleSet) {
        return ruleSet.rules().stream().collect(Collectors.toUnmodifiableMap(Rule::id,
                rule -> rule.sources().stream().map(Source::citation).toList()));
    }

    public static EvaluationResponse of(Evaluation evaluation, Map<String, List<String>> citationsByRule, Lang lang) {
        Messages messages = Messages.get();
        List<RuleView> rules = evaluation.results().stream().map(result -> new RuleView(
                result.ruleId(),
                result.status(),
                messages.text(lang, "rules." + result.ruleId() + ".title"),
                messages.text(lang, result.reasonKey()),
                citationsByRule.getOrDefault(result.ruleId(), List.of()))).toList();
        Scores scores = evaluation.scores();
        return new EvaluationResponse(evaluation.questionnaireVersion(), evaluation.rulesetVersion(),
                evaluation.outcome(), rules, new ScoresView(scores.tenderCount(), scores.swollenCount(),
                        scores.das28EsrRounded(), scores.das28CrpRounded()));
    }
}
