package org.ramsc.prescreen.screening;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * XHTML to PDF with openhtmltopdf on PDFBox. The one font is Noto Sans SC (TrueType outlines,
 * SIL Open Font License), subset to the characters the app can print (tools/fonts/make-pdf-font.sh)
 * and embedded, subset again, in every PDF: Chinese shows on any reader, with or without fonts.
 */
@ApplicationScoped
public class PdfRenderer {

    public static final String FONT_FAMILY = "Noto Sans SC";
    static final String FONT_RESOURCE = "pdf/NotoSansSC-Regular-subset.ttf";

    private final byte[] font = readFont();

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        // one weight only: headings are set apart by size, bold text uses the same glyphs
        for (int weight : new int[] {400, 700}) {
            builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (Exception e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    private static byte[] readFont() {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FONT_RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
