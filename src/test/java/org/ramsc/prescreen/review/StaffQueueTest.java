package org.ramsc.prescreen.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ramsc.prescreen.web.ClinicTimeZone;

/**
 * The queue over 3,000 generated submissions. The class starts from an empty submission table, so
 * that every count can be computed from the generator's functions.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestSecurity(user = "staff1", roles = {"staff"})
class StaffQueueTest {

    static final int ROWS = 3_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ClinicTimeZone clinic;

    GeneratedSubmissions generated;

    @BeforeAll
    void generate() throws SQLException {
        GeneratedSubmissions.deleteAll(dataSource);
        generated = new GeneratedSubmissions(ROWS, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                3_600);
        generated.insert(dataSource);
        GeneratedSubmissions.analyze(dataSource);
    }

    /** As a browser sends a GET form: the URL as given, already encoded (spaces as +). */
    static io.restassured.response.Response get(String url) {
        return given().redirects().follow(false).urlEncodingEnabled(false).header("Accept-Language", "en").get(url);
    }

    @AfterAll
    void cleanUp() throws SQLException {
        GeneratedSubmissions.deleteAll(dataSource);
    }

    @Test
    void showsTheFiftyNewestFirstWithCountsOverAllSubmissions() {
        QueuePage page = QueuePage.of(get("/staff"));
        assertThat(page.ids()).hasSize(50);
        assertThat(page.codes()).first().isEqualTo(GeneratedSubmissions.referenceCode(1));
        assertThat(page.total()).isEqualTo(ROWS);
        for (String outcome : GeneratedSubmissions.OUTCOMES) {
            assertThat(page.outcomeCount(outcome)).as(outcome)
                    .isEqualTo(generated.countWhere(g -> GeneratedSubmissions.outcome(g).equals(outcome)));
        }
        for (String status : GeneratedSubmissions.STATUSES) {
            assertThat(page.statusCount(status)).as(status)
                    .isEqualTo(generated.countWhere(g -> GeneratedSubmissions.status(g).equals(status)));
        }
        assertThat(page.html()).contains("<caption>Submissions, newest first, 50 per page</caption>")
                .contains("<th scope=\"col\">Reference code</th>").doesNotContain("First page");
    }

    @Test
    void newSubmissionsComeOldestFirstAndTheCaptionSaysSo() {
        QueuePage page = QueuePage.of(get("/staff?status=new"));
        assertThat(page.html()).contains("<caption>New submissions, oldest first")
                .doesNotContain("newest first");
    }

    @Test
    void nextPageLinksVisitEverySubmissionExactlyOnce() {
        List<String> seen = new ArrayList<>();
        String url = "/staff";
        int pages = 0;
        while (url != null) {
            QueuePage page = QueuePage.of(get(url));
            seen.addAll(page.ids());
            if (pages > 0) {
                assertThat(page.html()).contains("First page");
            }
            url = page.next();
            pages++;
        }
        assertThat(pages).isEqualTo(ROWS / 50);
        assertThat(seen).hasSize(ROWS);
        assertThat(new HashSet<>(seen)).hasSize(ROWS);
    }

    @Test
    void keysetPagingKeepsItsFiltersAndHasNoGapsOrOverlaps() {
        Set<String> codes = new HashSet<>();
        String url = "/staff?status=closed&outcome=NOT_SUITABLE_NOW";
        int pages = 0;
        while (url != null) {
            QueuePage page = QueuePage.of(get(url));
            assertThat(codes).doesNotContainAnyElementsOf(page.codes());
            codes.addAll(page.codes());
            url = page.next();
            if (url != null) {
                assertThat(url).contains("status=closed").contains("outcome=NOT_SUITABLE_NOW").contains("after=");
            }
            pages++;
        }
        Set<String> expected = new HashSet<>();
        generated.rows().stream()
                .filter(g -> GeneratedSubmissions.status(g).equals("closed")
                        && GeneratedSubmissions.outcome(g).equals("NOT_SUITABLE_NOW"))
                .forEach(g -> expected.add(GeneratedSubmissions.referenceCode(g)));
        assertThat(codes).isEqualTo(expected);
        assertThat(pages).isEqualTo((expected.size() + 49) / 50);
    }

    @Test
    void filtersByOutcomeStatusFlaggedRuleAndLanguageWithMatchingCounts() {
        QueuePage page = QueuePage.of(get(
                "/staff?outcome=DISCUSS_AFTER_REVIEW&status=in_review&rule=R08&language=zh-Hant"));
        long expected = generated.countWhere(g -> GeneratedSubmissions.outcome(g).equals("DISCUSS_AFTER_REVIEW")
                && GeneratedSubmissions.status(g).equals("in_review")
                && GeneratedSubmissions.flagged(g).contains("R08")
                && GeneratedSubmissions.lang(g).equals("zh-Hant"));
        assertThat(expected).isPositive();
        assertThat(page.total()).isEqualTo(expected);
        assertThat(page.outcomeCount("DISCUSS_AFTER_REVIEW")).isEqualTo(expected);
        assertThat(page.outcomeCount("DISCUSS")).isZero();
        assertThat(page.statusCount("in_review")).isEqualTo(expected);
        assertThat(page.ids()).hasSize((int) Math.min(expected, 50));
        assertThat(page.html()).contains("<option value=\"R08\" selected>").contains("Clear filters");
    }

    @Test
    void filtersByFlaggedRuleAlone() {
        QueuePage page = QueuePage.of(get("/staff?rule=R02"));
        assertThat(page.total()).isEqualTo(generated.countWhere(g -> GeneratedSubmissions.flagged(g).contains("R02")));
    }

    @Test
    void filtersByDateRangeInTheClinicsTimeZone() {
        ZoneId zone = clinic.get();
        LocalDate from = generated.createdAt(1_000).atZone(zone).toLocalDate();
        LocalDate to = generated.createdAt(500).atZone(zone).toLocalDate();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        QueuePage page = QueuePage.of(get("/staff?from=" + from + "&to=" + to));
        long expected = generated.countWhere(g -> !generated.createdAt(g).isBefore(start)
                && generated.createdAt(g).isBefore(end));
        assertThat(expected).isGreaterThan(500);
        assertThat(page.total()).isEqualTo(expected);
        assertThat(page.html()).contains("value=\"" + from + "\"");
    }

    @Test
    void findsAReferenceCodeTypedInLowerCaseWithSpacesAndDashes() {
        String code = GeneratedSubmissions.referenceCode(1234);
        String typed = (code.substring(0, 4) + " - " + code.substring(4)).toLowerCase();
        QueuePage page = QueuePage.of(get("/staff?q=" + typed.replace(" ", "+")));
        assertThat(page.codes()).containsExactly(code);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void findsNamesBySubstringIgnoringCaseInLatinAndChineseScript() {
        QueuePage latin = QueuePage.of(get("/staff?q=pATIENT+00012"));
        assertThat(latin.total()).isEqualTo(generated.countWhere(g -> GeneratedSubmissions.name(g)
                .toLowerCase().contains("patient 00012")));
        assertThat(latin.total()).isEqualTo(9);
        QueuePage chinese = QueuePage.of(get("/staff?q=%E9%99%88%E9%9D%99"));
        assertThat(chinese.total()).isEqualTo(ROWS / 10);
        assertThat(chinese.html()).contains("陈静");
    }

    @Test
    void treatsLikeWildcardsInTheSearchAsPlainCharacters() {
        assertThat(QueuePage.of(get("/staff?q=%25")).total()).isZero();
        assertThat(QueuePage.of(get("/staff?q=_")).total()).isZero();
    }

    @Test
    void answersATamperedFilterOrCursorWithAFriendly400() {
        for (String url : List.of("/staff?status=deleted", "/staff?rule=R99", "/staff?from=yesterday",
                "/staff?after=garbage", "/staff?outcome=ELIGIBLE")) {
            var response = get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(400);
            assertThat(response.asString()).as(url).contains("<html").doesNotContain("Exception");
        }
    }

    @Test
    @TestSecurity(user = "visitor", roles = {})
    void isClosedToSomeoneWithoutTheStaffRole() {
        int status = given().redirects().follow(false).get("/staff").statusCode();
        assertThat(status).isEqualTo(403);
    }

    @Test
    @TestSecurity
    void isClosedToAnonymousVisitors() {
        var response = given().redirects().follow(false).get("/staff");
        assertThat(response.statusCode()).isIn(302, 303, 401, 403);
        assertThat(response.asString()).doesNotContain("Patient 0");
    }
}
