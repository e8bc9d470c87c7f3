package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;

/**
 * The bundled PDF font is TrueType (glyf outlines, which PDFBox subsets well) and has a glyph for
 * every character of every message text. A new text with a character outside the subset fails
 * here: rebuild the font with tools/fonts/make-pdf-font.sh.
 */
class PdfFontTest {

    @Test
    void theFontIsTrueTypeAndCoversEveryMessageText() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PdfRenderer.FONT_RESOURCE)) {
            assertThat(in).as(PdfRenderer.FONT_RESOURCE).isNotNull();
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            assertThat(font.getGlyph()).as("glyf table").isNotNull();
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Set<String> missing = new TreeSet<>();
            for (Lang lang : Lang.values()) {
                for (String key : Messages.get().keys(lang)) {
                    Messages.get().text(lang, key).codePoints()
                            .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                            .filter(cp -> cmap.getGlyphId(cp) == 0)
                            .forEach(cp -> missing.add(new String(Character.toChars(cp)) + " in " + key));
                }
            }
            assertThat(missing).isEmpty();
            font.close();
        }
    }
}
