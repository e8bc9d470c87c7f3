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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A patient's way through the wizard in a real Chromium, checked by axe-core on every page. */
@QuarkusTest
class PatientJourneyBrowserTest {

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

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void axe(String where) {
        Chromium.axeViolations(driver).forEach(v -> violations.add(where + ": " + v));
    }

    @Test
    void theLandingPageAndFirstStepPassAxeInEveryLanguage() {
        driver = Chromium.start(true);
        for (String lang : List.of("zh-Hans", "zh-Hant", "en")) {
            open("/?lang=" + lang);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            axe("landing " + lang);
            Chromium.screenshot(driver, "landing-desktop-" + lang);
            open("/screening/step/1");
            axe("step 1 " + lang);
            driver.findElement(By.cssSelector(".step-form button[type=submit]")).click();
            assertThat(waitFor(By.id("error-summary")).isDisplayed()).isTrue();
            axe("step 1 with errors " + lang);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theSignInAndErrorPagesPassAxeInEveryLanguage() {
        driver = Chromium.start(true);
        for (String lang : List.of("zh-Hans", "zh-Hant", "en")) {
            open("/login?lang=" + lang);
            assertThat(driver.findElement(By.id("username")).isDisplayed()).isTrue();
            axe("sign-in " + lang);
            Chromium.screenshot(driver, "login-desktop-" + lang);
            open("/login?error=1");
            axe("sign-in failed " + lang);
            open("/login?loggedOut=1");
            axe("signed out " + lang);
            open("/no-such-page");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            axe("not found " + lang);
            Chromium.screenshot(driver, "not-found-desktop-" + lang);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aPhoneUserCanFillTheFirstStepsWithTheKeyboardOnly() {
        driver = Chromium.start(true);
        driver.manage().window().setSize(Chromium.PHONE);
        open("/screening/step/1?lang=en");
        WebElement age = driver.findElement(By.id("age"));
        age.sendKeys("52");
        // from the age field, Tab reaches the first answer of the next question; Space picks it
        age.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        assertThat(driver.findElement(By.id("raDiagnosed-yes")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("q-diagnosisYear")).isDisplayed()).isTrue();
        driver.findElement(By.id("raDiagnosed-no")).sendKeys(Keys.SPACE);
        assertThat(driver.findElement(By.id("q-diagnosisYear")).isDisplayed()).isFalse();
        Chromium.screenshot(driver, "step1-phone-en");
        driver.findElement(By.cssSelector(".step-form button[type=submit]")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/screening/step/2"));
        axe("step 2 phone");
        Chromium.fullScreenshot(driver, "step2-phone-en");
        assertThat(violations).isEmpty();
    }

    @Test
    void theErrorSummaryTakesFocusAfterAFailedStep() {
        driver = Chromium.start(true);
        open("/screening/step/1?lang=zh-Hans");
        driver.findElement(By.id("age")).sendKeys("200");
        driver.findElement(By.cssSelector(".step-form button[type=submit]")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(driver.findElement(By.id("age")).getAttribute("value")).isEqualTo("200");
        assertThat(driver.findElement(By.id("age")).getAttribute("aria-invalid")).isEqualTo("true");
        Chromium.screenshot(driver, "step1-errors-desktop-zh-Hans");
    }

    @Test
    void theWizardWorksWithoutJavaScript() {
        driver = Chromium.start(false);
        open("/screening/step/1?lang=zh-Hant");
        // without scripts every question is shown, with a note on when it applies
        assertThat(driver.findElement(By.id("q-diagnosisYear")).isDisplayed()).isTrue();
        driver.findElement(By.id("age")).sendKeys("61");
        driver.findElement(By.cssSelector("label[for=raDiagnosed-yes]")).click();
        driver.findElement(By.cssSelector(".step-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/screening/step/2"));
        Chromium.screenshot(driver, "step2-nojs-desktop-zh-Hant");
    }

    @Test
    void tappingThePictureAndTickingTheBoxesGiveTheSameAnswers() {
        driver = Chromium.start(true);
        driver.manage().window().setSize(Chromium.PHONE);
        open("/screening/step/1?lang=zh-Hans");
        driver.findElement(By.id("age")).sendKeys("52");
        driver.findElement(By.cssSelector("label[for=raDiagnosed-yes]")).click();
        driver.findElement(By.cssSelector(".step-form button[type=submit]")).click();
        waitFor(By.cssSelector("[data-joints=tenderJoints]"));

        String picture = "[data-joints=tenderJoints] [data-joint='%s'] .hit";
        for (String joint : List.of("wrist_left", "mcp2_right", "pip1_left", "pip5_right")) {
            WebElement spot = driver.findElement(By.cssSelector(String.format(picture, joint)));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", spot);
            assertThat(spot.getRect().getWidth()).as("tap target of " + joint).isGreaterThanOrEqualTo(44);
            spot.click();
        }
        // the list beside the picture is folded under its summary: open it, as a patient would
        driver.findElement(By.cssSelector("[data-joints=tenderJoints] .joint-list > summary")).click();
        WebElement knee = driver.findElement(By.id("tenderJoints-knee_right"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", knee);
        driver.findElement(By.cssSelector("label[for='tenderJoints-knee_right']")).click();
        // tapping twice undoes
        WebElement wrist = driver.findElement(By.cssSelector(String.format(picture, "wrist_left")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", wrist);
        wrist.click();
        wrist.click();

        List<String> ticked = driver.findElements(By.cssSelector("input[name=tenderJoints]:checked")).stream()
                .map(box -> box.getAttribute("value")).sorted().toList();
        List<String> marked = driver.findElements(By.cssSelector("[data-joints=tenderJoints] .joint-spot.selected"))
                .stream().map(spot -> spot.getAttribute("data-joint")).sorted().toList();
        assertThat(ticked).containsExactly("knee_right", "mcp2_right", "pip1_left", "pip5_right", "wrist_left");
        assertThat(marked).isEqualTo(ticked);
        assertThat(driver.findElement(By.cssSelector("[data-count-for=tenderJoints]")).getText()).contains("5");
        assertThat(driver.findElements(By.cssSelector("[data-joints=swollenJoints] .joint-spot.selected"))).isEmpty();
        Chromium.screenshot(driver.findElement(By.cssSelector("[data-joints=tenderJoints] .joint-picture")),
                "joint-picture-phone-zh-Hans");
        Chromium.fullScreenshot(driver, "step2-joints-phone-zh-Hans");
        axe("step 2 with joints picked");
        assertThat(violations).isEmpty();
    }
}
