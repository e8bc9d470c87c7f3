package org.ramsc.prescreen.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ramsc.prescreen.questionnaire.Answers;

/**
 * Values derived from the answers before the rules run. The DAS28 estimates come from the
 * patient's own joint counts and global rating, so they are only ever shown as estimates.
 *
 * @param das28EsrEstimate null when no ESR was given
 * @param das28CrpEstimate null when no CRP was given
 * @param activitySigns    whether the answers describe signs of active disease now
 */
public record Scores(
        int tenderCount,
        int swollenCount,
        Double das28EsrEstimate,
        Double das28CrpEstimate,
        boolean activitySigns) {

    public static Scores of(Answers answers) {
        int tender = answers.codes("tenderJoints").size();
        int swollen = answers.codes("swollenJoints").size();
        Integer patientGlobal = answers.integer("patientGlobal");
        BigDecimal esr = answers.decimal("esr");
        BigDecimal crp = answers.decimal("crp");

        Double esrEstimate = null;
        Double crpEstimate = null;
        if (patientGlobal != null) {
            double joints = 0.56 * Math.sqrt(tender) + 0.28 * Math.sqrt(swollen);
            double gh = patientGlobal * 10.0;
            if (esr != null) {
                esrEstimate = joints + 0.70 * Math.log(esr.doubleValue()) + 0.014 * gh;
            }
            if (crp != null) {
                crpEstimate = joints + 0.36 * Math.log(crp.doubleValue() + 1) + 0.014 * gh + 0.96;
            }
        }

        String stiffness = answers.code("morningStiffness");
        boolean signs = swollen >= 1
                || tender >= 1
                || (patientGlobal != null && patientGlobal >= 4)
                || "30_to_60".equals(stiffness)
                || "over_60".equals(stiffness)
                || (esrEstimate != null && Das28Band.isActive(esrEstimate))
                || (crpEstimate != null && Das28Band.isActive(crpEstimate));
        return new Scores(tender, swollen, esrEstimate, crpEstimate, signs);
    }

    /** The ESR estimate rounded to 2 decimals for display and the API, or null. */
    public BigDecimal das28EsrRounded() {
        return rounded(das28EsrEstimate);
    }

    /** The CRP estimate rounded to 2 decimals for display and the API, or null. */
    public BigDecimal das28CrpRounded() {
        return rounded(das28CrpEstimate);
    }

    /** The band of the unrounded ESR estimate, or null without one. */
    public Das28Band das28EsrBand() {
        return das28EsrEstimate == null ? null : Das28Band.of(das28EsrEstimate);
    }

    /** The band of the unrounded CRP estimate, or null without one. */
    public Das28Band das28CrpBand() {
        return das28CrpEstimate == null ? null : Das28Band.of(das28CrpEstimate);
    }

    private static BigDecimal rounded(Double value) {
        // valueOf goes through the shortest decimal form, so 4.825 rounds as people expect, to 4.83
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
