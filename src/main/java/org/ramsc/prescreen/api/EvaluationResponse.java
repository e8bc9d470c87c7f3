package org.ramsc.prescreen.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.rules.Rule;
import org.ramsc.prescreen.rules.RuleResult;
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
        @Schema(description = "All rules, R01..R16, in rule order") List<RuleView> rules,
        ScoresView scores) {

    @Schema(name = "RuleResult")
    public record RuleView(
            @Schema(examples = "R07") String id,
            Status status,
            @Schema(description = "The rule's title") String title,
            @Schema(description = "Why the rule came out this way, in one or two sentences") String explanation,
            @Schema(description = "Full citations of the sources the rule rests on") List<String> sources) {
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

    public static EvaluationResponse of(Evaluation evaluation, RuleSet ruleSet, Lang lang) {
        Messages messages = Messages.get();
        List<RuleView> rules = evaluation.results().stream().map(result -> new RuleView(
                result.ruleId(),
                result.status(),
                messages.text(lang, "rules." + result.ruleId() + ".title"),
                messages.text(lang, result.reasonKey()),
                citations(ruleSet, result))).toList();
        Scores scores = evaluation.scores();
        return new EvaluationResponse(evaluation.questionnaireVersion(), evaluation.rulesetVersion(),
                evaluation.outcome(), rules, new ScoresView(scores.tenderCount(), scores.swollenCount(),
                        scores.das28EsrRounded(), scores.das28CrpRounded()));
    }

    private static List<String> citations(RuleSet ruleSet, RuleResult result) {
        return ruleSet.rule(result.ruleId()).map(Rule::sources).orElse(List.of()).stream()
                .map(Source::citation).toList();
    }
}
