package org.ramsc.prescreen.faq;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ramsc.prescreen.web.Page;

/**
 * Lays out the evidence bar chart on the server, so that it needs no script and reads the same in
 * every browser. Horizontal bars fit narrow phones; every bar carries its value and group in text,
 * so colour is never the only way to tell them apart.
 */
public record EvidenceChart(int width, int height, List<Row> rows) {

    private static final int LABEL_HEIGHT = 22;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 16;
    private static final int BAR_MAX = 360;
    private static final int LEFT = 4;

    public record Row(String label, int labelY, Bar msc, Bar combined) {
    }

    public record Bar(int x, int y, int width, int height, String cssClass, String text, int textX, int textY) {
    }

    public static EvidenceChart layout(Page page) {
        List<Row> rows = new ArrayList<>();
        int y = 0;
        for (EvidenceFigures.Measure measure : EvidenceFigures.MEASURES) {
            int labelY = y + 16;
            Bar msc = bar(y + LABEL_HEIGHT, measure.mscAlone(), "bar-msc", page.t("evidence.chart.msc"));
            Bar combined = bar(y + LABEL_HEIGHT + BAR_HEIGHT + 4, measure.combined(), "bar-combo",
                    page.t("evidence.chart.combo"));
            rows.add(new Row(page.t(measure.labelKey()), labelY, msc, combined));
            y += LABEL_HEIGHT + 2 * BAR_HEIGHT + 4 + GAP;
        }
        return new EvidenceChart(LEFT + BAR_MAX + 240, y, rows);
    }

    private static Bar bar(int y, BigDecimal percent, String cssClass, String group) {
        int width = Math.max(2, percent.multiply(BigDecimal.valueOf(BAR_MAX)).divide(BigDecimal.valueOf(100))
                .intValue());
        String text = percent.stripTrailingZeros().toPlainString() + "% " + group;
        return new Bar(LEFT, y, width, BAR_HEIGHT, cssClass, text, LEFT + width + 6, y + 16);
    }
}
