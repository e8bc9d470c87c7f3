package org.ramsc.prescreen.rules;

import java.math.BigDecimal;

/**
 * DAS28 disease-activity bands (das-score.nl). The bands are for display; the rules compare the raw
 * value with {@link #ACTIVE_ABOVE}, the same boundary, so that a band and a rule cannot disagree.
 */
public enum Das28Band {
    REMISSION,
    LOW,
    MODERATE,
    HIGH;

    /** Above this, DAS28 means active disease (moderate or high); a reported score is compared exactly. */
    public static final BigDecimal ACTIVE_ABOVE = new BigDecimal("3.2");

    /** {@link #ACTIVE_ABOVE} for the estimates, which are computed as doubles. */
    private static final double ACTIVE_ABOVE_ESTIMATE = ACTIVE_ABOVE.doubleValue();

    /** Whether an unrounded DAS28 estimate means active disease. */
    public static boolean isActive(double das28) {
        return das28 > ACTIVE_ABOVE_ESTIMATE;
    }

    /** The band of an unrounded DAS28 value: below 2.6, up to 3.2, up to 5.1, above 5.1. */
    public static Das28Band of(double das28) {
        if (das28 < 2.6) {
            return REMISSION;
        }
        if (das28 <= ACTIVE_ABOVE_ESTIMATE) {
            return LOW;
        }
        if (das28 <= 5.1) {
            return MODERATE;
        }
        return HIGH;
    }

    public String messageKey() {
        return "rules.das28.band." + name();
    }
}
