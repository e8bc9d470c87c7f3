package org.ramsc.prescreen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Whole journeys in Chromium: every page type in both viewports, the three outcomes, sending to the
 * clinic, and axe-core on each page along the way.
 */
@QuarkusTest
class ResultPagesBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver driver;
    private final List<String> violations = new ArrayList<>();

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path) {
        driver.get(root.toString().replaceAll("/$", "") + path);
    }

    private void axe(String where) {
        Chromium.axeViolations(driver).forEach(v -> violations.add(where + ": " + v));
    }

    private void submit() {
        String before = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("form:not([action='/screening/restart']) button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(before)
                || !d.findElements(By.id("error-summary")).isEmpty());
    }

    private void answer(String name, String value) {
        if (!driver.findElement(By.id("q-" + name)).isDisplayed()) {
            return; // the question does not apply to the answers given so far
        }
        List<WebElement> choice = driver.findElements(By.id(name + "-" + value));
        if (!choice.isEmpty()) {
            WebElement label = driver.findElement(By.cssSelector("label[for='" + name + "-" + value + "']"));
            // a folded list (the joints beside their picture) is opened first, as a patient would
            for (WebElement summary : label.findElements(By.xpath("ancestor::details[not(@open)]/summary"))) {
                summary.click();
            }
            label.click();
            return;
        }
        WebElement input = driver.findElement(By.id(name));
        input.clear();
        input.sendKeys(value);
    }

    /** Every step and the review, checking axe on each page; ends on the result page. */
    private void walk(String label, ExampleAnswers answers, boolean checkAxe) {
        open("/screening/step/1");
        for (Step step : Questionnaire.STEPS) {
            int n = step.number();
            // in the page's order, as a person fills it in: a question may appear only after an earlier answer
            answers.formFields(step).forEach(field -> answer(field.getKey(), field.getValue()));
            if (checkAxe) {
                axe(label + " step " + n);
                Chromium.fullScreenshot(driver, label + "-step" + n);
            }
            submit();
        }
        assertThat(driver.getCurrentUrl()).endsWith("/screening/review");
        if (checkAxe) {
            axe(label + " review");
            Chromium.fullScreenshot(driver, label + "-review");
        }
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/screening/result");
    }

    @Test
    void aPatientOnAPhoneFinishesInChineseAndSendsToTheClinic() {
        driver = Chromium.start(true);
        driver.manage().window().setSize(Chromium.PHONE);
        open("/?lang=zh-Hans");
        walk("phone-zh-Hans", ExampleAnswers.example2(), true);
        assertThat(driver.findElement(By.cssSelector("[data-outcome]")).getAttribute("data-outcome")).isEqualTo("DISCUSS");
        assertThat(driver.findElement(By.cssSelector("[data-rule=R13]")).getAttribute("data-status")).isEqualTo("CAUTION");
        axe("result");
        Chromium.fullScreenshot(driver, "phone-zh-Hans-result");
        driver.findElement(By.cssSelector("a[href='/screening/send']")).click();
        submit();
        axe("send with errors");
        Chromium.fullScreenshot(driver, "phone-zh-Hans-send-errors");
        driver.findElement(By.cssSelector("label[for=consent]")).click();
        driver.findElement(By.id("name")).sendKeys("王小明");
        driver.findElement(By.id("phone")).sendKeys("13800138000");
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/screening/sent");
        assertThat(driver.findElement(By.cssSelector("[data-reference]")).getAttribute("data-reference")).hasSize(8);
        axe("sent");
        Chromium.screenshot(driver, "phone-zh-Hans-sent");
        assertThat(violations).isEmpty();
    }

    @Test
    void aDesktopPatientSeesEachOutcomeInEnglishAndTraditionalChinese() {
        driver = Chromium.start(true);
        record Case(String lang, ExampleAnswers answers, String outcome) {
        }
        List<Case> cases = List.of(
                new Case("en", ExampleAnswers.example1(), "DISCUSS"),
                new Case("zh-Hant", ExampleAnswers.example3(), "DISCUSS_AFTER_REVIEW"),
                new Case("en", ExampleAnswers.example4(), "NOT_SUITABLE_NOW"));
        for (Case c : cases) {
            driver.manage().deleteAllCookies();
            open("/?lang=" + c.lang());
            walk("desktop-" + c.lang() + "-" + c.outcome(), c.answers(), c.outcome().equals("DISCUSS"));
            assertThat(driver.findElement(By.cssSelector("[data-outcome]")).getAttribute("data-outcome"))
                    .isEqualTo(c.outcome());
            axe("result " + c.outcome());
            Chromium.fullScreenshot(driver, "desktop-" + c.lang() + "-result-" + c.outcome());
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theFaqAndEvidencePagesPassAxeInEveryLanguage() {
        driver = Chromium.start(true);
        for (String lang : List.of("zh-Hans", "zh-Hant", "en")) {
            open("/evidence?lang=" + lang);
            axe("evidence " + lang);
            Chromium.fullScreenshot(driver, "evidence-desktop-" + lang);
        }
        driver.manage().window().setSize(Chromium.PHONE);
        open("/evidence?lang=zh-Hans");
        Chromium.fullScreenshot(driver, "evidence-phone-zh-Hans");
        assertThat(violations).isEmpty();
    }
}
