package org.ramsc.prescreen.rules;

import static org.ramsc.prescreen.rules.DecisionTable.rule;
import static org.ramsc.prescreen.rules.Source.ALETAHA_2010;
import static org.ramsc.prescreen.rules.Source.ALETAHA_SMOLEN_2007;
import static org.ramsc.prescreen.rules.Source.ALVARO_GRACIA_2017;
import static org.ramsc.prescreen.rules.Source.DAS_SCORE_NL;
import static org.ramsc.prescreen.rules.Source.HOCHBERG_1992;
import static org.ramsc.prescreen.rules.Source.NAGY_2021;
import static org.ramsc.prescreen.rules.Source.NCT01547091;
import static org.ramsc.prescreen.rules.Source.NCT02643823;
import static org.ramsc.prescreen.rules.Source.NCT03798028;
import static org.ramsc.prescreen.rules.Source.STEINBROCKER_1949;
import static org.ramsc.prescreen.rules.Source.YANG_2025;
import static org.ramsc.prescreen.rules.Source.YANG_2025_ARTICLE;
import static org.ramsc.prescreen.rules.Status.CAUTION;
import static org.ramsc.prescreen.rules.Status.INFO;
import static org.ramsc.prescreen.rules.Status.MEETS;
import static org.ramsc.prescreen.rules.Status.NOT_MET;
import static org.ramsc.prescreen.rules.Status.REVIEW;

import java.math.BigDecimal;
import java.util.List;
import org.ramsc.prescreen.questionnaire.Answers;

/**
 * The 16 rules of rule set version 1, each written as its line of the table in {@code rules.md}.
 * Change a rule only together with {@link RuleSet#VERSION}: stored results name the version they
 * were made with.
 */
final class StandardRules {

    private static final BigDecimal STEROID_DOSE_LIMIT_MG = BigDecimal.TEN;
    private static final BigDecimal CDAI_ACTIVE_ABOVE = BigDecimal.TEN;
    private static final BigDecimal SDAI_ACTIVE_ABOVE = new BigDecimal("11");

    private StandardRules() {
    }

    static List<Rule> all() {
        return List.of(r01(), r02(), r03(), r04(), r05(), r06(), r07(), r08(),
                r09(), r10(), r11(), r12(), r13(), r14(), r15(), r16());
    }

    static Rule r01() {
        return rule("R01", YANG_2025, YANG_2025_ARTICLE, ALETAHA_2010)
                .when((a, s) -> a.is("raDiagnosed", "yes"), MEETS, "diagnosed")
                .when((a, s) -> a.is("raDiagnosed", "unsure"), REVIEW, "unsure")
                .when((a, s) -> a.is("raDiagnosed", "no"), NOT_MET, "not_diagnosed")
                .otherwise(REVIEW, "not_answered");
    }

    static Rule r02() {
        return rule("R02", NCT01547091, NCT03798028)
                .when((a, s) -> a.integer("age") == null, REVIEW, "not_answered")
                .when((a, s) -> a.integer("age") < 18, NOT_MET, "under_18")
                .when((a, s) -> a.integer("age") <= 70, MEETS, "18_to_70")
                .otherwise(REVIEW, "over_70");
    }

    static Rule r03() {
        return rule("R03", YANG_2025, YANG_2025_ARTICLE, NAGY_2021, DAS_SCORE_NL, ALETAHA_SMOLEN_2007)
                .when((a, s) -> scoreAboveThreshold(a), MEETS, "score_active")
                .when((a, s) -> hasScore(a) && s.activitySigns(), REVIEW, "score_low_signs_now")
                .when((a, s) -> hasScore(a), NOT_MET, "score_low")
                .when((a, s) -> s.activitySigns(), REVIEW, "signs_no_score")
                .otherwise(NOT_MET, "no_signs");
    }

    static Rule r04() {
        return rule("R04", YANG_2025, YANG_2025_ARTICLE, NAGY_2021, NCT03798028)
                // one reason per answer that showed treatment was not enough, so the text speaks to it
                // (results stored before this split say "not_enough", whose text the bundles keep)
                .when((a, s) -> triedAdvanced(a) && a.is("advancedOutcome", "inadequate"), MEETS,
                        "advanced_inadequate")
                .when((a, s) -> triedAdvanced(a) && a.is("advancedOutcome", "intolerant"), MEETS,
                        "advanced_intolerant")
                .when((a, s) -> csdmardFailed(a) && a.is("csdmardOutcome", "inadequate"), MEETS, "cs_inadequate")
                .when((a, s) -> csdmardFailed(a), MEETS, "cs_intolerant")
                .when((a, s) -> steroidDependent(a), MEETS, "steroid_dependent")
                .when((a, s) -> unsureAboutTreatment(a), REVIEW, "unsure")
                .when((a, s) -> !triedCsdmard(a) && Boolean.TRUE.equals(a.bool("csdmardContraindicated")),
                        REVIEW, "cannot_take")
                .when((a, s) -> triedCsdmard(a) && a.is("csdmardOutcome", "inadequate")
                        && a.is("csdmardLongEnough", "no"), NOT_MET, "too_short")
                .when((a, s) -> !triedCsdmard(a) && !triedAdvanced(a), NOT_MET, "nothing_tried")
                .otherwise(NOT_MET, "works_well");
    }

    static Rule r05() {
        return rule("R05", NAGY_2021, ALVARO_GRACIA_2017)
                .when((a, s) -> distinctCount(a.codes("advancedTried")) >= 2 && advancedFailed(a),
                        MEETS, "several_failed")
                .otherwise(INFO, "fewer_than_two");
    }

    static Rule r06() {
        return rule("R06", NCT03798028)
                .when((a, s) -> a.is("steroidCurrent", "yes")
                        && above(a.decimal("steroidDoseMg"), STEROID_DOSE_LIMIT_MG), REVIEW, "above_10")
                .otherwise(MEETS, "up_to_10");
    }

    static Rule r07() {
        return rule("R07", YANG_2025, YANG_2025_ARTICLE, STEINBROCKER_1949, NCT02643823)
                .when((a, s) -> a.is("jointFused", "yes") || a.is("jointDestroyedTold", "yes"),
                        NOT_MET, "severe_damage")
                .when((a, s) -> a.is("jointFused", "unsure") || a.is("jointDestroyedTold", "unsure"),
                        REVIEW, "unsure")
                .otherwise(MEETS, "no_severe_damage");
    }

    static Rule r08() {
        return rule("R08", STEINBROCKER_1949, HOCHBERG_1992)
                .when((a, s) -> a.is("jointDeformity", "yes") || a.is("jointDeformity", "unsure")
                        || a.is("jointSurgery", "yes") || atLeast(a.integer("functionLevel"), 3),
                        REVIEW, "needs_xray")
                .otherwise(MEETS, "no_signs");
    }

    static Rule r09() {
        return rule("R09", NCT01547091)
                .when((a, s) -> a.is("infectionNow", "yes"), NOT_MET, "infection_now")
                .otherwise(MEETS, "none");
    }

    static Rule r10() {
        return rule("R10", YANG_2025, YANG_2025_ARTICLE, NCT01547091, NCT02643823)
                .when((a, s) -> yesOrUnsure(a, "tbHistory") || yesOrUnsure(a, "hepatitisHiv"),
                        REVIEW, "tb_hepatitis_hiv")
                .when((a, s) -> a.is("infectionHistory", "yes"), CAUTION, "past_infections")
                .otherwise(MEETS, "none");
    }

    static Rule r11() {
        return rule("R11", NCT02643823)
                .when((a, s) -> a.is("cancer", "current"), NOT_MET, "current")
                .when((a, s) -> a.is("cancer", "past_5y"), REVIEW, "past_5y")
                .otherwise(MEETS, "none_recent");
    }

    static Rule r12() {
        return rule("R12", NCT01547091, NCT02643823)
                .when((a, s) -> a.is("pregnancy", "yes"), NOT_MET, "pregnancy")
                .otherwise(MEETS, "none");
    }

    static Rule r13() {
        return rule("R13", YANG_2025, YANG_2025_ARTICLE, NCT01547091, NCT03798028)
                .when((a, s) -> yesOrUnsure(a, "lungDisease"), CAUTION, "lung_disease")
                .otherwise(MEETS, "none");
    }

    static Rule r14() {
        return rule("R14", NCT01547091, NCT02643823)
                .when((a, s) -> a.codes("organConditions").contains("kidney_failure"), NOT_MET, "kidney_failure")
                .when((a, s) -> anySelected(a, "organConditions", "heart", "liver", "bleeding"),
                        REVIEW, "heart_liver_bleeding")
                .otherwise(MEETS, "none");
    }

    static Rule r15() {
        return rule("R15", NCT01547091, NCT03798028)
                .when((a, s) -> yesOrUnsure(a, "otherAutoimmune"), REVIEW, "other_autoimmune")
                .otherwise(MEETS, "none");
    }

    static Rule r16() {
        return rule("R16", YANG_2025, YANG_2025_ARTICLE)
                .otherwise(INFO, "about_msc");
    }

    // --- facts the lines above read ---

    /** The activity cut-off of the score the patient knows, or null when none is known. */
    private static BigDecimal threshold(Answers a) {
        String score = a.code("scoreKnown");
        if (score == null) {
            return null;
        }
        return switch (score) {
            case "das28_esr", "das28_crp" -> Das28Band.ACTIVE_ABOVE;
            case "cdai" -> CDAI_ACTIVE_ABOVE;
            case "sdai" -> SDAI_ACTIVE_ABOVE;
            default -> null;
        };
    }

    private static boolean hasScore(Answers a) {
        return threshold(a) != null && a.decimal("scoreValue") != null;
    }

    private static boolean scoreAboveThreshold(Answers a) {
        BigDecimal threshold = threshold(a);
        return threshold != null && above(a.decimal("scoreValue"), threshold);
    }

    private static boolean triedCsdmard(Answers a) {
        return !a.codes("csdmardsTried").isEmpty();
    }

    private static boolean triedAdvanced(Answers a) {
        return !a.codes("advancedTried").isEmpty();
    }

    private static boolean csdmardFailed(Answers a) {
        return triedCsdmard(a) && (a.is("csdmardOutcome", "intolerant")
                || (a.is("csdmardOutcome", "inadequate") && a.is("csdmardLongEnough", "yes")));
    }

    private static boolean advancedFailed(Answers a) {
        return triedAdvanced(a) && (a.is("advancedOutcome", "inadequate") || a.is("advancedOutcome", "intolerant"));
    }

    private static boolean steroidDependent(Answers a) {
        return a.is("steroidCurrent", "yes") && a.is("steroidCannotTaper", "yes");
    }

    /** An "unsure" among the answers that could have shown that treatment was not enough. */
    private static boolean unsureAboutTreatment(Answers a) {
        boolean cs = triedCsdmard(a) && (a.is("csdmardOutcome", "unsure")
                || (a.is("csdmardOutcome", "inadequate") && a.is("csdmardLongEnough", "unsure")));
        boolean advanced = triedAdvanced(a) && a.is("advancedOutcome", "unsure");
        boolean steroid = a.is("steroidCurrent", "yes") && a.is("steroidCannotTaper", "unsure");
        return cs || advanced || steroid;
    }

    private static boolean yesOrUnsure(Answers a, String itemId) {
        return a.is(itemId, "yes") || a.is(itemId, "unsure");
    }

    private static boolean anySelected(Answers a, String itemId, String... codes) {
        List<String> selected = a.codes(itemId);
        for (String code : codes) {
            if (selected.contains(code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean above(BigDecimal value, BigDecimal limit) {
        return value != null && value.compareTo(limit) > 0;
    }

    private static boolean atLeast(Integer value, int limit) {
        return value != null && value >= limit;
    }

    private static int distinctCount(List<String> codes) {
        int distinct = 0;
        for (int i = 0; i < codes.size(); i++) {
            if (codes.indexOf(codes.get(i)) == i) {
                distinct++;
            }
        }
        return distinct;
    }
}
