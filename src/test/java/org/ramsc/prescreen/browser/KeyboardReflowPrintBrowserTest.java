package org.ramsc.prescreen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;

/** The patient journey by keyboard alone, pages at 320 px, and the printed result. */
@QuarkusTest
class KeyboardReflowPrintBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path) {
        driver.get(root.toString().replaceAll("/$", "") + path);
    }

    private void pressEnterOnSubmit() {
        String before = driver.getCurrentUrl();
        WebElement submit = driver.findElement(By.cssSelector("form:not([action='/screening/restart']) button[type=submit]"));
        submit.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(before)
                || !d.findElements(By.id("error-summary")).isEmpty());
    }

    /** Answers with the keyboard: Space on a radio or checkbox, typing into a text field. */
    private void keyIn(String name, String value) {
        if (!driver.findElement(By.id("q-" + name)).isDisplayed()) {
            return;
        }
        List<WebElement> choice = driver.findElements(By.id(name + "-" + value));
        if (!choice.isEmpty()) {
            if (!choice.get(0).isDisplayed()) {
                // a joint list folded under its summary beside the picture: Enter on the summary opens it
                WebElement summary = (WebElement) driver.executeScript(
                        "return arguments[0].closest('details').querySelector('summary')", choice.get(0));
                summary.sendKeys(Keys.ENTER);
            }
            choice.get(0).sendKeys(Keys.SPACE);
            assertFocusVisible();
            return;
        }
        WebElement input = driver.findElement(By.id(name));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        assertFocusVisible();
    }

    private void assertFocusVisible() {
        Object outline = driver.executeScript(
                "var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        assertThat(String.valueOf(outline)).as("focus outline of " + driver.switchTo().activeElement().getAttribute("id"))
                .doesNotStartWith("none").doesNotContain(" 0px");
    }

    @Test
    void thePatientJourneyWorksWithTheKeyboardAlone() {
        driver = Chromium.start(true);
        open("/?lang=en");
        // from the top of the page, Tab reaches the skip link first, then Enter on the start button
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
        assertFocusVisible();
        driver.findElement(By.cssSelector("a.button.primary[href='/screening']")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/screening/step/1"));
        for (Step step : Questionnaire.STEPS) {
            ExampleAnswers.example1().formFields(step).forEach(field -> keyIn(field.getKey(), field.getValue()));
            pressEnterOnSubmit();
        }
        assertThat(driver.getCurrentUrl()).endsWith("/screening/review");
        pressEnterOnSubmit();
        assertThat(driver.findElement(By.cssSelector("[data-outcome]")).getAttribute("data-outcome")).isEqualTo("DISCUSS");
        driver.findElement(By.cssSelector("a[href='/screening/send']")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/screening/send"));
        driver.findElement(By.id("consent")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("name")).sendKeys("Keyboard User");
        driver.findElement(By.id("email")).sendKeys("keys@example.com");
        pressEnterOnSubmit();
        assertThat(driver.getCurrentUrl()).endsWith("/screening/sent");
    }

    @Test
    void pagesReflowAt320PixelsWithoutSideways_scrolling() {
        driver = Chromium.start(true);
        driver.manage().window().setSize(new Dimension(320, 800));
        for (String lang : List.of("zh-Hant", "en")) {
            for (String path : List.of("/", "/screening/step/1", "/screening/step/2", "/screening/step/3",
                    "/evidence", "/faq", "/login")) {
                open(path + "?lang=" + lang);
                Object overflow = driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                Object culprit = driver.executeScript("var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + " var r = e.getBoundingClientRect(); if (r.right > w + 0.5 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0) out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right) + '/' + e.scrollWidth + '>' + e.clientWidth); });"
                        + "return out.slice(0, 5).join(', ');");
                assertThat(((Number) overflow).intValue()).as(path + " " + lang + " overflows at " + culprit)
                        .isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void theResultPrintsOnAtMostTwoA4Pages() throws Exception {
        driver = Chromium.start(true);
        open("/screening/step/1?lang=zh-Hans");
        for (Step step : Questionnaire.STEPS) {
            ExampleAnswers.example2().formFields(step).forEach(field -> keyIn(field.getKey(), field.getValue()));
            pressEnterOnSubmit();
        }
        pressEnterOnSubmit();
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Path file = Path.of("target", "screenshots", "result-print-zh-Hans.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertThat(count).as("printed pages").isBetween(1, 2);
    }
}
