package org.ramsc.prescreen.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by Selenium, with nothing downloaded at test time. Without
 * Chromium the browser tests are skipped, except under {@code CI=true}, where that is a failure.
 */
public final class Chromium {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private Chromium() {
    }

    /** A fresh browser; the caller quits it. */
    public static ChromeDriver start(boolean javascript) {
        boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!present) {
            String message = "Chromium not found at " + BINARY + " / " + DRIVER
                    + ": install with `apt-get install chromium chromium-driver fonts-noto-cjk`";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message + " (browser tests skipped)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--lang=en", "--force-device-scale-factor=1");
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(DESKTOP);
        return driver;
    }

    /** axe-core at WCAG 2.2 A/AA; returns the violations as readable lines (empty is a pass). */
    public static List<String> axeViolations(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<String> violations = results.getViolations().stream().map(Chromium::describe).collect(Collectors.toList());
        if (results.getPasses().isEmpty()) {
            // a browser with scripts off runs axe's script but checks nothing: that must not read as a pass
            violations.add("axe checked nothing on " + driver.getCurrentUrl() + " (are scripts off in this browser?)");
        }
        // one line per checked page and state, so that a run shows what axe has seen
        System.out.printf("[axe] %s lang=%s: %d violations, %d rules passed%n",
                java.net.URI.create(driver.getCurrentUrl()).getPath(),
                driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"),
                violations.size(), results.getPasses().size());
        return violations;
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
    }

    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Full-page screenshot: the window grows to the page's height first. */
    public static void fullScreenshot(ChromeDriver driver, String name) {
        Dimension before = driver.manage().window().getSize();
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        int h = Math.min(6000, ((Number) height).intValue() + 100);
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.max(before.getHeight(), h)));
        screenshot(driver, name);
        driver.manage().window().setSize(before);
    }


    /** A screenshot of one element, for a close look at a detail such as the joint picture. */
    public static void screenshot(org.openqa.selenium.WebElement element, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
