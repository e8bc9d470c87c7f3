package org.ramsc.prescreen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ramsc.prescreen.security.TestAccounts;
import org.ramsc.prescreen.security.Totp;
import org.ramsc.prescreen.security.TwoStepPolicy;

/**
 * Two-step sign-in in a real Chromium, with the keyboard only: an admin signs in, is sent to set it
 * up, types the key's code computed here, signs out and in again with the next code. axe-core
 * checks the set-up, recovery-code and code pages in every language.
 */
@QuarkusTest
class TwoStepBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private final TestAccounts accounts;
    private final TwoStepPolicy policy;
    private ChromeDriver driver;
    private final List<String> violations = new ArrayList<>();

    TwoStepBrowserTest(TestAccounts accounts, TwoStepPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
    }

    @AfterEach
    void quit() {
        policy.set(TwoStepPolicy.Required.OFF);
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anAdminSetsUpTwoStepSignInAndSignsInWithACodeUsingOnlyTheKeyboard() {
        policy.set(TwoStepPolicy.Required.ADMINS);
        String name = accounts.admin();
        driver = Chromium.start(true);

        signInWithPassword(name);
        waitFor("/account/two-step");
        for (String lang : List.of("zh-Hans", "zh-Hant", "en")) {
            open("/account/two-step?lang=" + lang);
            check("two-step setup " + lang);
        }
        String key = driver.findElement(By.id("typed-key")).getText().replace(" ", "");
        assertThat(driver.findElement(By.cssSelector("img.qr")).getAttribute("src")).startsWith("data:image/svg+xml");
        typeInto("code", Totp.code(key, Instant.now()));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".recovery-codes")));
        assertThat(driver.findElements(By.cssSelector(".recovery-codes li"))).hasSize(10);
        check("recovery codes");

        // sign out with the keyboard, and in again: now the code is asked for
        driver.findElement(By.cssSelector("form[action='/logout'] button")).sendKeys(Keys.ENTER);
        waitFor("/login");
        signInWithPassword(name);
        waitFor("/login/code");
        for (String lang : List.of("zh-Hans", "zh-Hant", "en")) {
            open("/login/code?lang=" + lang);
            check("code " + lang);
        }
        typeInto("code", "000000");
        assertThat(driver.findElement(By.id("code-error")).getText()).contains("not right");
        check("code wrong");
        typeInto("code", Totp.code(key, Instant.now().plus(Totp.STEP)));
        waitFor("/staff");
        assertThat(driver.getPageSource()).contains("action=\"/logout\"");
        assertThat(violations).isEmpty();
    }

    private void signInWithPassword(String name) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
    }

    private void typeInto(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(field));
    }

    /**
     * The field's page has been replaced by the next one. Selenium's stalenessOf knows only the
     * stale-element error; Chromium may instead answer, while the next page replaces this one,
     * "Node with given id does not belong to the document", which says the same.
     */
    private static boolean isGone(WebElement field) {
        try {
            field.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replaced;
        }
    }

    private void waitFor(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(
                java.util.regex.Pattern.quote(path) + "(\\?.*)?$"));
    }

    private void open(String path) {
        driver.get(root.toString().replaceAll("/$", "") + path);
    }

    private void check(String where) {
        Chromium.axeViolations(driver).forEach(v -> violations.add(where + ": " + v));
        Chromium.fullScreenshot(driver, "two-step-" + where.replace(' ', '-'));
    }
}
