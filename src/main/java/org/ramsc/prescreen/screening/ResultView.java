package org.ramsc.prescreen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.Rule;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.rules.Scores;
import org.ramsc.prescreen.rules.Status;

/** The result page: the outcome in plain words, cautions first, every rule with its reason and source. */
public record ResultView(
        String outcome,
        String headline,
        String next,
        List<RuleView> cautions,
        List<RuleView> rules,
        List<String> bring,
        List<ScoreView> scores,
        int tenderCount,
        int swollenCount) {

    public record RuleView(String id, String status, String statusLabel, String icon, String title, String reason,
            List<SourceView> sources) {
    }

    public record SourceView(String label, String url) {
    }

    /** A DAS28 estimate from the patient's own joint counts and lab value. */
    public record ScoreView(String name, String value, String band) {
    }

    public boolean hasCautions() {
        return !cautions.isEmpty();
    }

    public boolean hasBring() {
        return !bring.isEmpty();
    }

    public boolean hasScores() {
        return !scores.isEmpty();
    }

    public static ResultView of(Evaluation evaluation, RuleSet ruleSet, Lang lang) {
        Messages messages = Messages.get();
        List<RuleView> rules = new ArrayList<>();
        List<RuleView> cautions = new ArrayList<>();
        List<String> bring = new ArrayList<>();
        for (RuleResult result : evaluation.inDisplayOrder()) {
            RuleView view = ruleView(result, ruleSet, lang);
            rules.add(view);
            if (result.status() == Status.CAUTION) {
                cautions.add(view);
            }
            String bringKey = "rules." + result.ruleId() + ".bring";
            boolean needsDoctor = result.status() == Status.REVIEW || result.status() == Status.CAUTION;
            if (needsDoctor && messages.has(Lang.DEFAULT, bringKey)) {
                bring.add(messages.text(lang, bringKey));
            }
        }
        Scores scores = evaluation.scores();
        List<ScoreView> estimates = new ArrayList<>();
        if (scores.das28EsrEstimate() != null) {
            estimates.add(new ScoreView("DAS28-ESR", scores.das28EsrRounded().toPlainString(),
                    messages.text(lang, scores.das28EsrBand().messageKey())));
        }
        if (scores.das28CrpEstimate() != null) {
            estimates.add(new ScoreView("DAS28-CRP", scores.das28CrpRounded().toPlainString(),
                    messages.text(lang, scores.das28CrpBand().messageKey())));
        }
        String outcome = evaluation.outcome().name();
        return new ResultView(outcome, messages.text(lang, "rules.outcome." + outcome + ".headline"),
                messages.text(lang, "rules.outcome." + outcome + ".next"), cautions, rules, bring, estimates,
                scores.tenderCount(), scores.swollenCount());
    }

    static RuleView ruleView(RuleResult result, RuleSet ruleSet, Lang lang) {
        Messages messages = Messages.get();
        List<SourceView> sources = ruleSet.rule(result.ruleId()).map(Rule::sources).orElse(List.of()).stream()
                .map(source -> new SourceView(source.label(), source.url())).toList();
        String status = result.status().name();
        return new RuleView(result.ruleId(), status, messages.text(lang, "rules.status." + status),
                ICONS.get(result.status()), messages.text(lang, "rules." + result.ruleId() + ".title"),
                messages.text(lang, result.reasonKey()), sources);
    }

    /** Shapes as well as colours, so that a status never depends on colour alone. */
    private static final Map<Status, String> ICONS = Map.of(
            Status.MEETS, "✓", Status.NOT_MET, "✕", Status.REVIEW, "?", Status.CAUTION, "!", Status.INFO, "i");

}
