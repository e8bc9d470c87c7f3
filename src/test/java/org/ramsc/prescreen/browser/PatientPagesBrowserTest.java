package org.ramsc.prescreen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;

/**
 * Issue 12 in a real Chromium: entries kept on Back and on a language switch (with and without
 * scripts), "Start again" confirmed on its own page, the result's first screen, the sent page, tap
 * targets measured from element boxes, the joints step's height, the chart's text size, and axe-core
 * on every new page and state in all three languages.
 */
@QuarkusTest
class PatientPagesBrowserTest {

    static final List<String> LANGS = List.of("zh-Hans", "zh-Hant", "en");
    static final Dimension PHONE = Chromium.PHONE;
    static final Dimension LAPTOP = new Dimension(1280, 800);

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

    /** The window sized so that the page itself gets {@code size}: 390 x 844 means the page's 390 x 844. */
    private void viewport(Dimension size) {
        driver.manage().window().setSize(size);
        // only the height: headless Chromium's window is as wide as its page, but its height includes
        // the browser's own bar
        Number dh = (Number) driver.executeScript("return window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(size.getWidth(), size.getHeight() + dh.intValue()));
    }

    private void axe(String where) {
        Chromium.axeViolations(driver).forEach(v -> violations.add(where + ": " + v));
    }

    private void waitForUrl(String before) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(before)
                || !d.findElements(By.id("error-summary")).isEmpty());
    }

    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        String before = driver.getCurrentUrl();
        String tag = element.getTagName();
        element.click();
        if (tag.equals("button") || tag.equals("a")) {
            try {
                waitForUrl(before);
            } catch (org.openqa.selenium.TimeoutException sameUrl) {
                // a language switch or Back can land on the same address: the page has reloaded anyway
            }
        }
    }

    private void next() {
        click(driver.findElement(By.cssSelector(".step-form button[type=submit]:not([name])")));
    }

    private void answer(String name, String value) {
        WebElement question = driver.findElement(By.id("q-" + name));
        if (!question.isDisplayed()) {
            return;
        }
        if (!driver.findElements(By.id(name + "-" + value)).isEmpty()) {
            WebElement box = driver.findElement(By.id(name + "-" + value));
            if (!box.isDisplayed()) {
                // a joint list folded under its summary while the picture is shown
                driver.executeScript("arguments[0].closest('details').open = true", box);
            }
            click(driver.findElement(By.cssSelector("label[for='" + name + "-" + value + "']")));
            return;
        }
        WebElement input = driver.findElement(By.id(name));
        input.clear();
        input.sendKeys(value);
    }

    /** Step {@code n} of worked example 1, in the page's order. */
    private void fillStep(int n) {
        fillStep(ExampleAnswers.example1(), Questionnaire.step(n));
    }

    private void fillStep(ExampleAnswers answers, Step step) {
        answers.formFields(step).forEach(field -> answer(field.getKey(), field.getValue()));
    }

    /** To the result page with these answers. */
    private void toResult(String lang, ExampleAnswers answers) {
        open("/screening/step/1?lang=" + lang);
        for (Step step : Questionnaire.STEPS) {
            fillStep(answers, step);
            next();
        }
        assertThat(driver.getCurrentUrl()).endsWith("/screening/review");
        click(driver.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(driver.getCurrentUrl()).endsWith("/screening/result");
    }

    private boolean checked(String id) {
        return driver.findElement(By.id(id)).isSelected();
    }

    // --- 2. Back and the language buttons keep the entries ----------------------------------------

    @Test
    void backAndTheLanguageButtonsKeepTheTicksWithAndWithoutScripts() {
        for (boolean script : List.of(true, false)) {
            driver = Chromium.start(script);
            driver.manage().window().setSize(PHONE);
            open("/screening/step/1?lang=en");
            fillStep(1);
            next();
            answer("tenderJoints", "knee_left");
            answer("pain", "7");
            // Back: a submit button of the step form
            click(driver.findElement(By.cssSelector(".step-form button[name=nav][value=back]")));
            assertThat(driver.getCurrentUrl()).endsWith("/screening/step/1");
            assertThat(driver.findElement(By.id("age")).getAttribute("value")).isEqualTo("52");
            next();
            assertThat(driver.getCurrentUrl()).endsWith("/screening/step/2");
            assertThat(checked("tenderJoints-knee_left")).as("knee kept after Back, script " + script).isTrue();
            assertThat(checked("pain-7")).isTrue();
            if (script) {
                // the lists fold beside the pictures, and the picture shows the tick
                assertThat(driver.findElement(By.cssSelector("[data-joints=tenderJoints] [data-joint=knee_left]"))
                        .getAttribute("class")).contains("selected");
            } else {
                // without the pictures a list that holds a tick stands open, one without folds away
                assertThat(driver.findElement(By.id("tenderJoints-knee_left")).isDisplayed())
                        .as("a ticked joint is in sight without script").isTrue();
                assertThat(driver.findElement(By.id("swollenJoints-wrist_right")).isDisplayed())
                        .as("a list without a tick is folded").isFalse();
            }
            // another language, from the header: the same step, the ticks still there, one more added
            answer("swollenJoints", "wrist_right");
            click(driver.findElement(By.cssSelector(".langs button[lang=zh-Hant]")));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hant");
            assertThat(driver.getCurrentUrl()).contains("/screening/step/2");
            assertThat(checked("tenderJoints-knee_left")).isTrue();
            assertThat(checked("swollenJoints-wrist_right")).as("tick kept on language switch, script " + script)
                    .isTrue();
            if (script) {
                axe("step 2 after switching language");
                // Enter in a text field still means "Next", not the first language button
                WebElement esr = driver.findElement(By.id("esr"));
                esr.sendKeys("abc");
                String before = driver.getCurrentUrl();
                esr.sendKeys(Keys.ENTER);
                waitForUrl(before);
                assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hant");
                assertThat(driver.findElements(By.id("error-summary"))).isNotEmpty();
            }
            driver.quit();
            driver = null;
        }
        assertThat(violations).isEmpty();
    }

    // --- 3. Start again asks first ----------------------------------------------------------------

    @Test
    void startAgainAsksOnItsOwnPageInEveryLanguageWithoutScripts() {
        driver = Chromium.start(false);
        toResult("en", ExampleAnswers.example1());
        for (String lang : LANGS) {
            open("/screening/result?lang=" + lang);
            // after the outcome, the next control is an action, never "start again"
            List<WebElement> controls = driver.findElements(By.cssSelector("main a, main button"));
            assertThat(controls.get(0).getAttribute("href")).doesNotContain("restart");
            WebElement actions = driver.findElement(By.cssSelector("[data-actions=result]"));
            assertThat(actions.findElements(By.cssSelector("a")).get(0).getAttribute("href")).endsWith("/screening/send");
            click(driver.findElement(By.cssSelector("a[href='/screening/restart']")));
            assertThat(driver.getCurrentUrl()).endsWith("/screening/restart");
            Chromium.screenshot(driver, "restart-confirm-desktop-" + lang);
            click(driver.findElement(By.cssSelector("a[href='/screening/result']")));
            assertThat(driver.getCurrentUrl()).endsWith("/screening/result");
        }
        driver.manage().window().setSize(PHONE);
        open("/screening/restart?lang=zh-Hans");
        Chromium.screenshot(driver, "restart-confirm-phone-zh-Hans");
        click(driver.findElement(By.cssSelector("form[action='/screening/restart'] button")));
        assertThat(driver.getCurrentUrl()).endsWith("/screening/step/1");
        open("/screening/result");
        assertThat(driver.getCurrentUrl()).doesNotEndWith("/screening/result");
        // axe needs scripts: the same page, in a browser that runs them
        driver.quit();
        driver = Chromium.start(true);
        for (String lang : LANGS) {
            open("/screening/restart?lang=" + lang);
            axe("start again? " + lang);
        }
        assertThat(violations).isEmpty();
    }

    // --- 9. The result's first screen ------------------------------------------------------------

    private void assertFirstScreenHoldsTheOutcomeAndActions(String where) {
        driver.executeScript("window.scrollTo(0, 0)");
        long viewport = ((Number) driver.executeScript("return window.innerHeight")).longValue();
        List<WebElement> needed = new ArrayList<>(driver.findElements(By.cssSelector("[data-actions=result] [data-action]")));
        assertThat(needed).extracting(e -> e.getAttribute("data-action")).contains("send", "pdf", "change", "save");
        needed.add(driver.findElement(By.id("outcome-title")));
        needed.addAll(driver.findElements(By.cssSelector("[data-deciding]")));
        for (WebElement element : needed) {
            Number bottom = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().bottom", element);
            assertThat(bottom.doubleValue()).as(where + ": bottom of " + element.getText() + " within " + viewport)
                    .isLessThanOrEqualTo(viewport);
        }
    }

    @Test
    void theResultsFirstScreenHoldsTheOutcomeTheDecidingPointsAndTheActions() {
        driver = Chromium.start(true);
        record Case(String lang, ExampleAnswers answers, String outcome) {
        }
        List<Case> cases = List.of(
                new Case("zh-Hans", ExampleAnswers.example2(), "DISCUSS"),
                new Case("en", ExampleAnswers.example3(), "DISCUSS_AFTER_REVIEW"),
                new Case("zh-Hant", ExampleAnswers.example4(), "NOT_SUITABLE_NOW"));
        for (Case c : cases) {
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(LAPTOP);
            toResult(c.lang(), c.answers());
            assertThat(driver.findElement(By.cssSelector("[data-outcome]")).getAttribute("data-outcome"))
                    .isEqualTo(c.outcome());
            String name = c.outcome() + "-" + c.lang() + "-" + c.answers().name();
            for (String lang : LANGS) {
                open("/screening/result?lang=" + lang);
                for (Dimension size : List.of(PHONE, LAPTOP)) {
                    viewport(size);
                    assertFirstScreenHoldsTheOutcomeAndActions(name + " " + lang + " " + size);
                }
                axe("result " + name + " " + lang);
            }
            open("/screening/result?lang=" + c.lang());
            viewport(PHONE);
            Chromium.screenshot(driver, "result-first-screen-phone-" + name);
            Chromium.fullScreenshot(driver, "result-full-phone-" + name);
            viewport(LAPTOP);
            Chromium.screenshot(driver, "result-first-screen-desktop-" + name);
            // counts agree with their words: "1 point" / "n points"
            int deciding = driver.findElements(By.cssSelector("[data-deciding]")).size();
            String title = driver.findElement(By.cssSelector(".deciding-title")).getText();
            assertThat(title).contains(String.valueOf(deciding));
        }
        assertThat(violations).isEmpty();
    }

    // --- 4, 11. The sent page --------------------------------------------------------------------

    @Test
    void theSentPageShowsTheOutcomeItsReasonsAndTheClinicButNoContactDetails() {
        driver = Chromium.start(true);
        toResult("en", ExampleAnswers.example3());
        click(driver.findElement(By.cssSelector("a[href='/screening/send']")));
        driver.findElement(By.cssSelector("label[for=consent]")).click();
        driver.findElement(By.id("name")).sendKeys("Patricia Example");
        driver.findElement(By.id("phone")).sendKeys("98765432");
        click(driver.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(driver.getCurrentUrl()).endsWith("/screening/sent");
        open("/screening/result");
        assertThat(driver.getCurrentUrl()).endsWith("/screening/sent");
        for (String lang : LANGS) {
            open("/screening/sent?lang=" + lang);
            String text = driver.findElement(By.tagName("main")).getText();
            assertThat(text).doesNotContain("Patricia").doesNotContain("98765432");
            assertThat(driver.findElement(By.cssSelector("#your-result [data-outcome]")).getAttribute("data-outcome"))
                    .isEqualTo("DISCUSS_AFTER_REVIEW");
            assertThat(driver.findElements(By.cssSelector("#your-result [data-rule]"))).hasSize(16);
            assertThat(driver.findElement(By.cssSelector("[data-clinic-phone]")).getAttribute("href"))
                    .isEqualTo("tel:+85223456789");
            assertThat(driver.findElement(By.cssSelector("[data-actions=sent] [data-action=pdf]")).isDisplayed()).isTrue();
            axe("sent " + lang);
            Chromium.fullScreenshot(driver, "sent-desktop-" + lang);
        }
        driver.manage().window().setSize(PHONE);
        open("/screening/sent?lang=zh-Hans");
        Chromium.screenshot(driver, "sent-phone-zh-Hans");
        Chromium.fullScreenshot(driver, "sent-full-phone-zh-Hans");
        assertThat(violations).isEmpty();
    }

    // --- 7. Tap targets --------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private Map<String, Number> box(WebElement element) {
        return (Map<String, Number>) driver.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height};",
                element);
    }

    /** Clicks a point of the page; returns the element's id that received it, for the message. */
    private void clickAt(double x, double y) {
        new Actions(driver).moveToLocation((int) Math.round(x), (int) Math.round(y)).click().perform();
    }

    private void assertWholeBoxPicks(String inputId) {
        WebElement label = driver.findElement(By.cssSelector("label[for='" + inputId + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        Map<String, Number> b = box(label);
        double x = b.get("x").doubleValue(), y = b.get("y").doubleValue();
        double w = b.get("w").doubleValue(), h = b.get("h").doubleValue();
        assertThat(w).as("width of " + inputId).isGreaterThanOrEqualTo(44);
        assertThat(h).as("height of " + inputId).isGreaterThanOrEqualTo(44);
        double inset = 3; // inside the rounded corners
        double[][] points = {{x + inset, y + inset}, {x + w - inset, y + inset}, {x + inset, y + h - inset},
                {x + w - inset, y + h - inset}, {x + w / 2, y + 1}, {x + w / 2, y + h - 1}, {x + 1, y + h / 2},
                {x + w - 1, y + h / 2}};
        WebElement input = driver.findElement(By.id(inputId));
        for (double[] p : points) {
            if (input.getAttribute("type").equals("checkbox") && input.isSelected()) {
                input.click(); // untick, so that the next tap must tick it again
            }
            if (input.getAttribute("type").equals("radio")) {
                driver.executeScript("arguments[0].checked = false", input);
            }
            clickAt(p[0], p[1]);
            assertThat(input.isSelected()).as(inputId + " picked by a tap at " + Math.round(p[0] - x) + ","
                    + Math.round(p[1] - y) + " of its " + Math.round(w) + "x" + Math.round(h) + " box").isTrue();
        }
    }

    @Test
    void everyAnswerBoxIsItsWholeTapTargetAndTheScaleSitsInTwoEvenRowsOnAPhone() {
        driver = Chromium.start(true);
        driver.manage().window().setSize(PHONE);
        open("/screening/step/1?lang=en");
        assertWholeBoxPicks("raDiagnosed-yes");
        fillStep(1);
        next();
        List<WebElement> scale = driver.findElements(By.cssSelector("#q-pain .option label"));
        assertThat(scale).hasSize(11);
        Map<Long, Integer> rows = new HashMap<>();
        for (WebElement label : scale) {
            Map<String, Number> b = box(label);
            assertThat(b.get("w").doubleValue()).isGreaterThanOrEqualTo(44);
            assertThat(b.get("h").doubleValue()).isGreaterThanOrEqualTo(44);
            rows.merge(Math.round(b.get("y").doubleValue()), 1, Integer::sum);
        }
        assertThat(rows).as("rows of the 0-10 scale at 390 px").hasSizeLessThanOrEqualTo(2);
        assertThat(rows.values()).allSatisfy(n -> assertThat(n).isBetween(5, 11));
        for (String value : List.of("0", "5", "10")) {
            assertWholeBoxPicks("pain-" + value);
        }
        assertWholeBoxPicks("morningStiffness-over_60");
        driver.executeScript("document.querySelectorAll('[data-joint-list]').forEach(function (d) { d.open = true; })");
        assertWholeBoxPicks("tenderJoints-pip3_left");
        assertWholeBoxPicks("swollenJoints-knee_right");
        Chromium.screenshot(driver.findElement(By.id("q-pain")), "scale-phone-en");
        driver.manage().window().setSize(LAPTOP);
        rows.clear();
        for (WebElement label : driver.findElements(By.cssSelector("#q-pain .option label"))) {
            rows.merge(Math.round(box(label).get("y").doubleValue()), 1, Integer::sum);
        }
        assertThat(rows).as("one row on a desktop").hasSize(1);
        Chromium.screenshot(driver.findElement(By.id("q-pain")), "scale-desktop-en");
    }

    // --- 8. The joints step on a phone -----------------------------------------------------------

    private long pageHeight() {
        return ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
    }

    /**
     * The joints step's height allowed at 390 px: four phone screens (4 x 844 px), in every
     * language, with and without a script. Measured: with the pictures 2,982 px (zh-Hans),
     * 3,021 px (zh-Hant), 3,309 px (en); without a script, where each list folds under its summary
     * until it holds a tick, 2,541, 2,580 and 2,942 px. They were 3,150-3,650 px with and
     * 3,649-4,352 px without a script while the lists stood open without it, the count had a line
     * of its own and the help said more; 5,246-6,303 px before the compact lists and picture.
     */
    private static final long JOINTS_STEP_BOUND = Math.round(4.0 * 844);

    private long sidewaysOverflow() {
        return ((Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    @Test
    void theJointsStepFitsInAboutFourPhoneScreensAndReflowsAtDoubleTextSize() {
        for (boolean script : List.of(true, false)) {
            driver = Chromium.start(script);
            driver.manage().window().setSize(PHONE);
            for (String lang : LANGS) {
                driver.manage().deleteAllCookies();
                open("/screening/step/1?lang=" + lang);
                fillStep(1);
                next();
                assertThat(driver.getCurrentUrl()).endsWith("/screening/step/2");
                long height = pageHeight();
                System.out.printf("[joints] step 2 at 390 px, %s, script %s: %d px = %.2f screens%n", lang, script,
                        height, height / 844.0);
                if (lang.equals("zh-Hans") || lang.equals("en")) {
                    Chromium.fullScreenshot(driver, "joints-step-phone-" + lang + (script ? "" : "-nojs"));
                }
                assertThat(height).as("joints step height, " + lang + ", script " + script)
                        .isLessThanOrEqualTo(JOINTS_STEP_BOUND);
                if (!script) {
                    // nothing ticked yet: both lists fold under a summary that can be reached and opened
                    List<WebElement> summaries = driver.findElements(By.cssSelector("[data-joint-list] > summary"));
                    assertThat(summaries).hasSize(2).allSatisfy(summary -> {
                        assertThat(summary.isDisplayed()).isTrue();
                        assertThat(summary.getText()).isNotBlank();
                        assertThat(box(summary).get("h").doubleValue()).isGreaterThanOrEqualTo(44);
                    });
                    assertThat(driver.findElement(By.id("tenderJoints-knee_left")).isDisplayed()).isFalse();
                    click(summaries.get(0));
                    assertThat(driver.findElement(By.id("tenderJoints-knee_left")).isDisplayed())
                            .as("the summary opens its list without script").isTrue();
                }
                if (script) {
                    // the picture is smaller than it was, its targets are not
                    List<WebElement> hits = driver.findElements(By.cssSelector("[data-joints=tenderJoints] .hit"));
                    assertThat(hits).hasSize(28).allSatisfy(hit -> assertThat(hit.getRect().getWidth())
                            .as("joint target on the picture, " + lang).isGreaterThanOrEqualTo(44));
                    WebElement label = driver.findElement(By.cssSelector("[data-joints=tenderJoints] .hand-label"));
                    double before = Double.parseDouble(label.getCssValue("font-size").replace("px", ""));
                    // text at 200 %: the root size doubles, and so do the picture's words
                    driver.executeScript("document.documentElement.style.fontSize = '225%'");
                    double after = Double.parseDouble(label.getCssValue("font-size").replace("px", ""));
                    assertThat(after).as("picture label grows with the text").isGreaterThanOrEqualTo(before * 1.9);
                    assertThat(sidewaysOverflow()).as("sideways scroll at 200 %% text, " + lang).isLessThanOrEqualTo(0);
                    driver.executeScript("document.querySelectorAll('[data-joint-list]').forEach(function (d) { d.open = true; })");
                    assertThat(sidewaysOverflow()).as("sideways scroll at 200 %% text, lists open, " + lang)
                            .isLessThanOrEqualTo(0);
                    if (lang.equals("en")) {
                        Chromium.fullScreenshot(driver, "joints-step-phone-200-" + lang);
                    }
                    driver.executeScript("document.documentElement.style.fontSize = ''");
                    assertThat(driver.findElement(By.cssSelector("[data-joints=tenderJoints] .joint-side-note")).getText())
                            .isNotBlank();
                    axe("joints step " + lang);
                }
            }
            driver.quit();
            driver = null;
        }
        assertThat(violations).isEmpty();
    }

    // --- 10. The evidence chart ------------------------------------------------------------------

    @Test
    void theEvidenceChartsTextIsAtLeastTwelvePixelsOnAPhone() {
        driver = Chromium.start(true);
        driver.manage().window().setSize(PHONE);
        for (String lang : LANGS) {
            open("/evidence?lang=" + lang);
            @SuppressWarnings("unchecked")
            List<Number> sizes = (List<Number>) driver.executeScript(
                    "var svg = document.querySelector('svg.chart');"
                            + "var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                            + "return Array.prototype.map.call(svg.querySelectorAll('text'), function (t) {"
                            + " return parseFloat(getComputedStyle(t).fontSize) * scale; });");
            assertThat(sizes).isNotEmpty().allSatisfy(px -> assertThat(px.doubleValue()).as("chart text px, " + lang)
                    .isGreaterThanOrEqualTo(12));
            @SuppressWarnings("unchecked")
            List<Number> overflow = (List<Number>) driver.executeScript(
                    "var svg = document.querySelector('svg.chart'), right = svg.getBoundingClientRect().right;"
                            + "return Array.prototype.map.call(svg.querySelectorAll('text'), function (t) {"
                            + " return t.getBoundingClientRect().right - right; });");
            assertThat(overflow).allSatisfy(px -> assertThat(px.doubleValue()).as("chart text inside, " + lang)
                    .isLessThanOrEqualTo(0.5));
            Chromium.screenshot(driver.findElement(By.cssSelector("svg.chart")), "chart-phone-" + lang);
        }
    }

    // --- 12. Smaller points ----------------------------------------------------------------------

    @Test
    void anErrorLinkKeepsItsQuestionInViewAndTheEnglishPhoneHeaderStaysOnOneLine() {
        driver = Chromium.start(true);
        driver.manage().window().setSize(PHONE);
        open("/screening/step/1?lang=en");
        long header = ((Number) driver.executeScript(
                "return document.querySelector('header.site .bar').getBoundingClientRect().height")).longValue();
        // one row: the short name beside the three languages (it was 97 px, brand above the languages)
        assertThat(header).as("English phone header bar height").isLessThanOrEqualTo(60);
        assertThat(driver.findElement(By.cssSelector("header.site .brand")).getAttribute("textContent"))
                .as("the full name for screen readers").contains("RA-MSC Prescreen");
        for (WebElement target : driver.findElements(By.cssSelector("header.site .brand, header.site .langs li > *"))) {
            assertThat(box(target).get("h").doubleValue()).as("header target " + target.getText())
                    .isGreaterThanOrEqualTo(44);
        }
        fillStep(1);
        next();
        next(); // step 2 empty: errors
        assertThat(driver.getTitle()).startsWith("Error: ");
        WebElement link = driver.findElement(By.cssSelector("#error-summary a[href='#pain-0']"));
        assertThat(link.getText()).doesNotContain("?:");
        link.click();
        Number labelTop = (Number) driver.executeScript(
                "return document.querySelector('#q-pain legend').getBoundingClientRect().top");
        assertThat(labelTop.doubleValue()).as("question label in view after following the error link")
                .isGreaterThanOrEqualTo(0);
        Chromium.screenshot(driver, "error-link-followed-phone-en");
        for (String lang : LANGS) {
            open("/screening/step/2?lang=" + lang);
            next();
            axe("step 2 with errors " + lang);
            if (!lang.equals("en")) {
                assertThat(driver.findElement(By.id("error-summary")).getText()).doesNotContain("？：");
                assertThat(driver.getTitle()).startsWith(lang.equals("zh-Hans") ? "错误：" : "錯誤：");
            }
            Chromium.screenshot(driver, "step2-errors-phone-" + lang);
        }
        open("/?lang=en");
        Chromium.screenshot(driver, "landing-phone-en");
        assertThat(violations).isEmpty();
    }
}
