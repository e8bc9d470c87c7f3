package org.ramsc.prescreen.faq;

import java.math.BigDecimal;
import java.util.List;

/**
 * The long-term follow-up figures as the seed article reports them for Yang et al. 2025
 * (97 patients followed at least five years: 69 MSC alone, 28 MSC + IFN-γ). Percentages of patients.
 */
public final class EvidenceFigures {

    /** One outcome measure: its label key and the share of patients in each group. */
    public record Measure(String labelKey, BigDecimal mscAlone, BigDecimal combined) {

        public String mscText() {
            return mscAlone.stripTrailingZeros().toPlainString() + "%";
        }

        public String combinedText() {
            return combined.stripTrailingZeros().toPlainString() + "%";
        }
    }

    public static final List<Measure> MEASURES = List.of(
            new Measure("faq.evidence.chart.acr20_1y", new BigDecimal("50.7"), new BigDecimal("100")),
            new Measure("faq.evidence.chart.acr20_5y", new BigDecimal("44.9"), new BigDecimal("89.3")),
            new Measure("faq.evidence.chart.lda_5y", new BigDecimal("8.7"), new BigDecimal("42.9")),
            new Measure("faq.evidence.chart.remission_3y", new BigDecimal("1.4"), new BigDecimal("25")),
            new Measure("faq.evidence.chart.remission_5y", new BigDecimal("2.9"), new BigDecimal("25")));

    private EvidenceFigures() {
    }
}
