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
    private static final int BAR_HEIGHT = 16;
    private static final int TEXT_HEIGHT = 20;
    private static final int WIDTH = 360;
    private static final int GAP = 16;
    private static final int BAR_MAX = WIDTH - 8;
    private static final int LEFT = 4;

    public record Row(String label, int labelY, Bar msc, Bar combined) {
    }

    public record Bar(int x, int y, int width, int height, String cssClass, String text, int textX, int textY) {
    }

    public static EvidenceChart layout(Page page) {
        // each value's words sit on their own line above its bar, so the picture stays narrow
        // (WIDTH units) and its 14-unit text is at least 12 px even on a 390 px phone
        List<Row> rows = new ArrayList<>();
        int y = 0;
        for (EvidenceFigures.Measure measure : EvidenceFigures.MEASURES) {
            int labelY = y + 16;
            Bar msc = bar(y + LABEL_HEIGHT, measure.mscAlone(), "bar-msc", page.t("faq.evidence.chart.msc"));
            Bar combined = bar(y + LABEL_HEIGHT + TEXT_HEIGHT + BAR_HEIGHT + 4, measure.combined(), "bar-combo",
                    page.t("faq.evidence.chart.combo"));
            rows.add(new Row(page.t(measure.labelKey()), labelY, msc, combined));
            y += LABEL_HEIGHT + 2 * (TEXT_HEIGHT + BAR_HEIGHT) + 4 + GAP;
        }
        return new EvidenceChart(WIDTH, y, rows);
    }

    private static Bar bar(int y, BigDecimal percent, String cssClass, String group) {
        int width = Math.max(2, percent.multiply(BigDecimal.valueOf(BAR_MAX)).divide(BigDecimal.valueOf(100))
                .intValue());
        String text = percent.stripTrailingZeros().toPlainString() + "% " + group;
        return new Bar(LEFT, y + TEXT_HEIGHT, width, BAR_HEIGHT, cssClass, text, LEFT, y + 15);
    }
}
