package org.ramsc.prescreen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Save and continue later" on one Chromium, then the code typed into a second Chromium that
 * shares nothing with the first (each start is a fresh profile: no cookies, no storage).
 */
@QuarkusTest
class ResumeBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private final List<ChromeDriver> drivers = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    @AfterEach
    void quit() {
        drivers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver start() {
        ChromeDriver driver = Chromium.start(true);
        drivers.add(driver);
        return driver;
    }

    private void open(ChromeDriver driver, String path) {
        driver.get(root.toString().replaceAll("/$", "") + path);
    }

    private void axe(ChromeDriver driver, String where) {
        Chromium.axeViolations(driver).forEach(v -> violations.add(where + ": " + v));
    }

    private static void waitForPath(ChromeDriver driver, String path) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith(path));
    }

    /** Reads the QR code back from the pixels Chromium drew, as a phone camera would. */
    private static String decode(ChromeDriver driver, WebElement qr) throws Exception {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", qr);
        byte[] png = qr.getScreenshotAs(OutputType.BYTES);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/resume-qr.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        java.util.Map<com.google.zxing.DecodeHintType, Object> hints =
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
        } catch (com.google.zxing.NotFoundException e) {
            return new QRCodeReader().decode(new BinaryBitmap(
                    new com.google.zxing.common.GlobalHistogramBinarizer(source)), hints).getText();
        }
    }

    @Test
    void aSecondBrowserContinuesWithTheCodeAndCanSignTheFirstOneOut() throws Exception {
        ChromeDriver first = start();
        first.manage().window().setSize(Chromium.PHONE);
        open(first, "/screening/step/1?lang=zh-Hans");
        first.findElement(By.id("age")).sendKeys("52");
        first.findElement(By.cssSelector("label[for=raDiagnosed-yes]")).click();
        first.findElement(By.id("diagnosisYear")).sendKeys("2015");
        first.findElement(By.cssSelector(".step-form button[type=submit]")).click();
        waitForPath(first, "/screening/step/2");

        first.findElement(By.cssSelector(".step-form [data-action=save]")).click();
        waitForPath(first, "/screening/save");
        axe(first, "save phone zh-Hans");
        first.findElement(By.cssSelector("form[action='/screening/save'] button[type=submit]")).click();
        WebElement shown = new WebDriverWait(first, Duration.ofSeconds(15))
                .until(d -> d.findElement(By.cssSelector("[data-resume-code]")));
        String code = shown.getAttribute("data-resume-code");
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        WebElement qr = first.findElement(By.cssSelector("svg.qr"));
        assertThat(qr.getSize().getWidth()).isGreaterThanOrEqualTo(120);
        assertThat(decode(first, qr)).endsWith("/screening/resume?code=" + code.replace("-", ""));
        axe(first, "code shown phone zh-Hans");
        Chromium.fullScreenshot(first, "resume-code-phone-zh-Hans");
        first.manage().window().setSize(Chromium.DESKTOP);
        axe(first, "code shown desktop zh-Hans");
        Chromium.screenshot(first, "resume-code-desktop-zh-Hans");

        ChromeDriver second = start();
        open(second, "/screening/resume?lang=en");
        axe(second, "resume form desktop en");
        // typed as people do: lower case, with spaces
        second.findElement(By.id("code")).sendKeys(code.toLowerCase().replace("-", " "));
        second.findElement(By.cssSelector("label[for=endOther]")).click();
        second.findElement(By.cssSelector("button[type=submit]")).click();
        waitForPath(second, "/screening/step/2");
        open(second, "/screening/step/1");
        assertThat(second.findElement(By.id("age")).getAttribute("value")).isEqualTo("52");
        assertThat(second.findElement(By.id("diagnosisYear")).getAttribute("value")).isEqualTo("2015");

        // the first browser's cookie opens nothing any more
        open(first, "/screening");
        waitForPath(first, "/screening/step/1");
        assertThat(first.findElement(By.id("age")).getAttribute("value")).isEmpty();
        assertThat(violations).isEmpty();
    }

    @Test
    void aWrongCodeIsExplainedNextToTheFieldInEveryLanguage() {
        ChromeDriver driver = start();
        for (String lang : List.of("zh-Hant", "zh-Hans", "en")) {
            open(driver, "/screening/resume?lang=" + lang);
            driver.findElement(By.id("code")).sendKeys("ABCD-EFGH-JKMN");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement error = new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("code-error")));
            assertThat(error.isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("code")).getAttribute("aria-invalid")).isEqualTo("true");
            axe(driver, "resume wrong code " + lang);
        }
        driver.manage().window().setSize(Chromium.PHONE);
        axe(driver, "resume wrong code phone en");
        Chromium.screenshot(driver, "resume-wrong-phone-en");
        assertThat(violations).isEmpty();
    }
}
