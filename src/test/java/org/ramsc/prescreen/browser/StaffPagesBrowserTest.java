package org.ramsc.prescreen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ramsc.prescreen.review.OneSubmission;

/** The staff and admin pages in a real Chromium, checked by axe-core in every language. */
@QuarkusTest
@TestSecurity(user = "admin1", roles = {"admin", "staff"})
class StaffPagesBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    AgroalDataSource dataSource;

    private ChromeDriver driver;
    private UUID id;
    private final List<String> violations = new ArrayList<>();

    @AfterEach
    void quit() throws SQLException {
        if (driver != null) {
            driver.quit();
        }
        if (id != null) {
            OneSubmission.delete(dataSource, id);
        }
    }

    private void open(String path) {
        driver.get(root.toString().replaceAll("/$", "") + path);
    }

    @Test
    void theStaffAndAdminPagesPassAxeInEveryLanguage() throws SQLException {
        id = new OneSubmission().name("陳大文").insert(dataSource);
        driver = Chromium.start(true);
        String faqEntry = null;
        for (String lang : List.of("zh-Hans", "zh-Hant", "en")) {
            open("/staff?lang=" + lang);
            check("queue " + lang);
            open("/staff?status=new&language=en&q=%E9%99%B3");
            check("filtered queue " + lang);
            open("/staff/submissions/" + id);
            check("detail " + lang);
            driver.findElement(By.cssSelector("form[action$='/rerun'] button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/rerun$"));
            check("rerun " + lang);
            open("/admin/submissions/" + id + "/erase");
            check("erase " + lang);
            open("/admin/faq");
            check("faq list " + lang);
            open("/admin/faq/new");
            check("faq new " + lang);
            if (faqEntry == null) {
                open("/admin/faq");
                faqEntry = driver.findElement(By.cssSelector("a[href$='/preview']")).getAttribute("href");
            }
            driver.get(faqEntry);
            check("faq preview " + lang);
            driver.get(faqEntry.replace("/preview", "/history"));
            check("faq history " + lang);
            open("/faq");
            check("public faq " + lang);
            open("/admin");
            check("admin home " + lang);
            open("/admin/users");
            check("accounts " + lang);
            open("/admin/audit");
            check("audit " + lang);
            open("/admin/sessions");
            check("sessions " + lang);
            open("/account/password");
            check("password " + lang);
        }
        // on a phone the wide tables scroll sideways inside their box, which keyboard users must reach
        driver.manage().window().setSize(Chromium.PHONE);
        for (String path : List.of("/staff", "/admin/audit", "/staff/submissions/" + id)) {
            open(path);
            check("phone " + path.replaceAll("[^a-z]+", " ").strip());
        }
        assertThat(violations).isEmpty();
    }

    @Test
    @TestSecurity(user = "staff1", roles = "staff")
    void theRefusalAStaffMemberSeesOnAnAdminPagePassesAxeInEveryLanguage() {
        driver = Chromium.start(true);
        for (String lang : List.of("zh-Hans", "zh-Hant", "en")) {
            open("/admin/users?lang=" + lang);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            check("forbidden " + lang);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void onAPhoneTheQueueKeepsOutcomeStatusAndWaitingTimeAndTheFiltersStayFolded() throws SQLException {
        id = new OneSubmission().name("Waiting Patient").createdAt(java.time.Instant.now().minus(Duration.ofDays(3)))
                .insert(dataSource);
        driver = Chromium.start(true);
        driver.manage().window().setSize(Chromium.PHONE);
        open("/staff?status=new&lang=zh-Hans");
        org.openqa.selenium.WebElement row = driver.findElement(By.xpath(
                "//tr[.//a[@href='/staff/submissions/" + id + "']]"));
        assertThat(row.findElement(By.cssSelector(".outcome-badge")).isDisplayed()).isTrue();
        assertThat(row.findElement(By.cssSelector(".status-badge")).isDisplayed()).isTrue();
        assertThat(row.findElement(By.cssSelector("[data-waiting]")).getText()).isEqualTo("已等待 3 天");
        // the card fits the phone: nothing scrolls sideways
        Object overflow = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        assertThat(driver.findElement(By.id("f-q")).isDisplayed()).as("filters folded").isFalse();
        assertThat(driver.findElement(By.cssSelector(".filter-box > summary")).getText()).contains("状态");
        check("phone queue new zh-Hans");
        driver.findElement(By.cssSelector(".filter-box > summary")).click();
        assertThat(driver.findElement(By.id("f-q")).isDisplayed()).isTrue();
        check("phone queue filters open zh-Hans");
        open("/staff/submissions/" + id + "?lang=zh-Hans");
        check("phone detail zh-Hans");
        assertThat(violations).isEmpty();
    }

    private void check(String where) {
        Chromium.axeViolations(driver).forEach(v -> violations.add(where + ": " + v));
        Chromium.fullScreenshot(driver, "staff-" + where.replace(' ', '-'));
    }
}
