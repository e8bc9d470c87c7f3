package org.ramsc.prescreen.rules;

/** DAS28 disease-activity bands (das-score.nl), for display only; rules compare the raw value. */
public enum Das28Band {
    REMISSION,
    LOW,
    MODERATE,
    HIGH;

    /** The band of an unrounded DAS28 value: below 2.6, up to 3.2, up to 5.1, above 5.1. */
    public static Das28Band of(double das28) {
        if (das28 < 2.6) {
            return REMISSION;
        }
        if (das28 <= 3.2) {
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
