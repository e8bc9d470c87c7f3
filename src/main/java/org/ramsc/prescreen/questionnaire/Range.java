package org.ramsc.prescreen.questionnaire;

import java.math.BigDecimal;
import java.time.Year;

/**
 * Inclusive bounds of a numeric answer. An upper bound of "the current year" is resolved when
 * answers are validated, so that the definition itself never goes stale.
 */
public record Range(BigDecimal min, BigDecimal max, boolean maxIsCurrentYear) {

    public static Range of(long min, long max) {
        return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max), false);
    }

    public static Range upToCurrentYear(int min) {
        return new Range(BigDecimal.valueOf(min), null, true);
    }

    public BigDecimal maxIn(Year year) {
        return maxIsCurrentYear ? BigDecimal.valueOf(year.getValue()) : max;
    }

    public boolean contains(BigDecimal value, Year year) {
        return value.compareTo(min) >= 0 && value.compareTo(maxIn(year)) <= 0;
    }
}
