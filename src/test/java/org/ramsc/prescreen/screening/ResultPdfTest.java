package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.submission.ReferenceCode;

/** The PDF copy for the doctor, read back with PDFBox: its text, its fonts and its length. */
@QuarkusTest
class ResultPdfTest {

    private static byte[] pdf(Browser browser) {
        Response response = browser.get("/screening/result.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/pdf");
        assertThat(response.header("Cache-Control")).contains("no-store");
        return response.asByteArray();
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** Every font on every page, including those inside the fonts' own resources. */
    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static String t(Lang lang, String key) {
        return Messages.get().text(lang, key);
    }

    @Test
    void theChineseResultCarriesTheOutcomeTheKeyAnswersAndEveryRuleInAnEmbeddedFont() throws IOException {
        Browser browser = new Browser().acceptLanguage("zh-Hans");
        ResultAndSendTest.complete(browser, StepForms.example1());
        byte[] bytes = pdf(browser);
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/result-zh-Hans.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
            String text = text(document).replaceAll("\\s+", "");
            assertThat(text).contains(t(Lang.ZH_HANS, "rules.outcome.DISCUSS.headline").replaceAll("\\s+", ""))
                    .contains(t(Lang.ZH_HANS, "screening.pdf.answer.diagnosisYear")).contains("2015")
                    // the score as the doctor gave it, after its name
                    .contains(t(Lang.ZH_HANS, "q.scoreKnown.das28_esr").replaceAll("\\s+", "") + "4.6")
                    .contains(t(Lang.ZH_HANS, "q.csdmardsTried.methotrexate").replaceAll("\\s+", ""))
                    .contains(t(Lang.ZH_HANS, "q.csdmardOutcome.inadequate").replaceAll("\\s+", ""))
                    .contains(t(Lang.ZH_HANS, "rules.disclaimer").replaceAll("\\s+", ""));
            for (int r = 1; r <= 16; r++) {
                String title = t(Lang.ZH_HANS, String.format("rules.R%02d.title", r)).replaceAll("\\s+", "");
                assertThat(text).as("rule R%02d", r).contains(title);
            }
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("NotoSansSC"));
        }
    }

    @Test
    void afterSendingThePdfCarriesTheReferenceCode() throws IOException {
        Browser browser = new Browser().acceptLanguage("zh-Hant");
        ResultAndSendTest.complete(browser, StepForms.example1().with(3, "steroidCurrent", "yes")
                .with(3, "steroidDoseMg", "7.5").with(3, "steroidCannotTaper", "no"));
        browser.get("/screening/send");
        assertThat(browser.post("/screening/send", StepForms.fields("consent", "yes", "name", "陳大文",
                "phone", "+852 5555 0123")).statusCode()).isEqualTo(303);
        String sentPage = browser.get("/screening/sent").asString();
        String code = sentPage.replaceAll("(?s).*data-reference=\"([A-Z2-9]{8})\".*", "$1");
        assertThat(sentPage).contains("href=\"/screening/result.pdf\"");

        byte[] bytes = pdf(browser);
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/sent-zh-Hant.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
            String text = text(document);
            assertThat(text).contains(ReferenceCode.grouped(code)).contains("7.5")
                    .contains(t(Lang.ZH_HANT, "screening.pdf.answer.steroidDoseMg"))
                    .doesNotContain("陳大文").doesNotContain("5555");
        }
    }

    @Test
    void theLongestResultStillFitsOnTwoPages() throws IOException {
        StepForms many = StepForms.example1().with(2, "scoreKnown", "none").without(2, "scoreValue")
                .with(2, "swollenJoints", "knee_left").with(4, "jointFused", "yes").with(5, "lungDisease", "yes")
                .with(5, "tbHistory", "unsure").with(5, "hepatitisHiv", "unsure").with(5, "cancer", "past_5y")
                .with(5, "otherAutoimmune", "yes").with(3, "steroidCurrent", "yes").with(3, "steroidDoseMg", "12")
                .with(3, "steroidCannotTaper", "yes").with(3, "advancedTried", "tnf_inhibitor")
                .with(3, "advancedOutcome", "intolerant");
        for (String lang : List.of("en", "zh-Hans", "zh-Hant")) {
            Browser browser = new Browser().acceptLanguage(lang);
            ResultAndSendTest.complete(browser, many);
            byte[] bytes = pdf(browser);
            Files.createDirectories(Path.of("target/pdf"));
            Files.write(Path.of("target/pdf/longest-" + lang + ".pdf"), bytes);
            try (PDDocument document = Loader.loadPDF(bytes)) {
                assertThat(document.getNumberOfPages()).as(lang).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void withoutAConfirmedResultThereIsNoPdf() {
        Browser browser = new Browser();
        browser.fill("/screening/step/1", StepForms.example1().step(1));
        assertThat(browser.get("/screening/result.pdf").statusCode()).isEqualTo(303);
    }
}
