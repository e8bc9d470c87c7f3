package org.ramsc.prescreen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
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
        int swollenCount,
        List<RuleView> deciding,
        String decidingTitle,
        List<GroupView> groups,
        PatientScore patientScore) {

    /** The rule cards of one status, folded under a summary that counts them. */
    public record GroupView(String status, String summary, String icon, boolean open, List<RuleView> rules) {
    }

    /** The score the patient's doctor gave, as the patient entered it: theirs, not ours. */
    public record PatientScore(String name, String value) {
    }

    public boolean hasDeciding() {
        return !deciding.isEmpty();
    }

    public boolean hasPatientScore() {
        return patientScore != null;
    }

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
        return of(evaluation, ruleSet, lang, null);
    }

    /** With the answers, the page can show the score the patient's doctor gave next to the estimate. */
    public static ResultView of(Evaluation evaluation, RuleSet ruleSet, Lang lang, Answers answers) {
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
        // what decided the outcome: the points that rule it out, else those a doctor must assess,
        // else those to take note of; counted in words that agree with the number
        Status decidingStatus = switch (evaluation.outcome()) {
            case NOT_SUITABLE_NOW -> Status.NOT_MET;
            case DISCUSS_AFTER_REVIEW -> Status.REVIEW;
            case DISCUSS -> Status.CAUTION;
        };
        List<RuleView> deciding = rules.stream().filter(r -> r.status().equals(decidingStatus.name())).toList();
        String decidingTitle = plural(lang, "screening.result.deciding." + decidingStatus.name(), deciding.size());
        List<GroupView> groups = new ArrayList<>();
        for (Status status : GROUP_ORDER) {
            List<RuleView> inGroup = rules.stream().filter(r -> r.status().equals(status.name())).toList();
            if (!inGroup.isEmpty()) {
                String summary = messages.text(lang, "screening.result.group.summary", Map.of(
                        "status", messages.text(lang, "rules.status." + status.name()),
                        "count", plural(lang, "screening.result.group.count", inGroup.size())));
                boolean open = status == Status.NOT_MET || status == Status.REVIEW || status == Status.CAUTION;
                groups.add(new GroupView(status.name(), summary, ICONS.get(status), open, inGroup));
            }
        }
        String headlineKey = "rules.outcome." + outcome + ".headline";
        if (deciding.size() == 1 && messages.has(Lang.DEFAULT, "screening.result.outcome." + outcome + ".headline.one")) {
            // the shared headline speaks of "some points"; one point is named as one
            headlineKey = "screening.result.outcome." + outcome + ".headline.one";
        }
        return new ResultView(outcome, messages.text(lang, headlineKey),
                messages.text(lang, "rules.outcome." + outcome + ".next"), cautions, rules, bring, estimates,
                scores.tenderCount(), scores.swollenCount(), deciding, decidingTitle, groups,
                answers == null ? null : patientScore(answers, lang));
    }

    private static final List<Status> GROUP_ORDER = List.of(
            Status.NOT_MET, Status.REVIEW, Status.CAUTION, Status.MEETS, Status.INFO);

    /**
     * {@code key.one} for exactly one, else {@code key.other}, filled with {@code n}: English needs
     * both forms, Chinese says both the same way but still with the right number.
     */
    static String plural(Lang lang, String key, int n) {
        return Messages.get().text(lang, key + (n == 1 ? ".one" : ".other"), Map.of("n", n));
    }

    private static PatientScore patientScore(Answers answers, Lang lang) {
        String kind = answers.code("scoreKnown");
        Object value = answers.get("scoreValue");
        if (kind == null || kind.equals("none") || value == null) {
            return null;
        }
        String shown = value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        return new PatientScore(Messages.get().text(lang, Questionnaire.item("scoreKnown").orElseThrow().codeLabelKey(kind)), shown);
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
