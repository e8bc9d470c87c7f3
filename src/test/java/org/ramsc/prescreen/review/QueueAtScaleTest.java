package org.ramsc.prescreen.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How long the staff queue takes with 100,000 submissions, measured over HTTP (query, counts and
 * page rendering together). It prints the figures rather than asserting on them: timings depend on
 * the machine, and a shared CI box would make such a test flaky. It does assert the answers.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestSecurity(user = "staff1", roles = {"staff"})
class QueueAtScaleTest {

    static final int ROWS = 100_000;
    static final int RUNS = 7;

    @Inject
    AgroalDataSource dataSource;

    GeneratedSubmissions generated;

    @BeforeAll
    void generate() throws SQLException {
        GeneratedSubmissions.deleteAll(dataSource);
        long start = System.nanoTime();
        // two rows every ten minutes: 100,000 rows span just under a year
        generated = new GeneratedSubmissions(ROWS, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                600);
        generated.insert(dataSource);
        GeneratedSubmissions.analyze(dataSource);
        System.out.printf("[queue at scale] generated %,d submissions in %d ms%n", ROWS,
                (System.nanoTime() - start) / 1_000_000);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_table_size('submission')),"
                        + " pg_size_pretty(pg_indexes_size('submission')), relallvisible, relpages"
                        + " FROM pg_class WHERE relname = 'submission'")) {
            rs.next();
            System.out.printf("[queue at scale] table %s, indexes %s, all-visible pages %d of %d%n", rs.getString(1),
                    rs.getString(2), rs.getInt(3), rs.getInt(4));
        }
    }

    @AfterAll
    void cleanUp() throws SQLException {
        GeneratedSubmissions.deleteAll(dataSource);
    }

    @Test
    void printsTheQueuePageTimesAtOneHundredThousandSubmissions() throws SQLException {
        ZoneId clinic = ZoneId.of("UTC");
        LocalDate monthEnd = generated.createdAt(20_000).atZone(clinic).toLocalDate();
        String deepCursor = cursorAfter(50_000);
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("baseline: /ping (no query)", "/ping");
        urls.put("first page, no filter", "/staff");
        urls.put("page ~1,000 (keyset cursor)", "/staff?after=" + deepCursor);
        urls.put("status=closed", "/staff?status=closed");
        urls.put("flagged rule R08", "/staff?rule=R08");
        urls.put("outcome + language + status", "/staff?outcome=NOT_SUITABLE_NOW&language=zh-Hans&status=new");
        urls.put("one month date range", "/staff?from=" + monthEnd.minusDays(30) + "&to=" + monthEnd);
        urls.put("name substring 'atient 0123'", "/staff?q=atient+0123");
        urls.put("Chinese name '陈静1234'", "/staff?q=%E9%99%88%E9%9D%991234");
        urls.put("reference code, typed with a dash", "/staff?q=" + code(77_777));

        System.out.printf("[queue at scale] %,d submissions, median of %d runs after one warm-up%n", ROWS, RUNS);
        for (Map.Entry<String, String> entry : urls.entrySet()) {
            Response warm = get(entry.getValue());
            assertThat(warm.statusCode()).as(entry.getKey()).isEqualTo(200);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                assertThat(get(entry.getValue()).statusCode()).isEqualTo(200);
                times.add((System.nanoTime() - start) / 1_000);
            }
            times.sort(null);
            System.out.printf("[queue at scale]   %-36s median %6.1f ms   min %6.1f ms   max %6.1f ms%n", entry.getKey(),
                    times.get(RUNS / 2) / 1000.0, times.get(0) / 1000.0, times.get(RUNS - 1) / 1000.0);
        }

        QueuePage page = QueuePage.of(get("/staff?q=" + code(77_777)));
        assertThat(page.codes()).containsExactly(GeneratedSubmissions.referenceCode(77_777));
        assertThat(QueuePage.of(get("/staff")).total()).isEqualTo(ROWS);
        assertThat(QueuePage.of(get("/staff?after=" + deepCursor)).ids()).hasSize(50);
        printPlans();
    }

    @Test
    void printsTheTimeToExportAllOneHundredThousandAsCsv() {
        long start = System.nanoTime();
        byte[] csv = given().get("/staff/export.csv").asByteArray();
        long ms = (System.nanoTime() - start) / 1_000_000;
        long lines = new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines().count();
        System.out.printf("[queue at scale] CSV export of %,d submissions: %,d bytes in %d ms%n", ROWS, csv.length, ms);
        assertThat(lines).isEqualTo(ROWS + 1);
    }

    private static Response get(String url) {
        return given().urlEncodingEnabled(false).header("Accept-Language", "en").get(url);
    }

    private static String code(int g) {
        String code = GeneratedSubmissions.referenceCode(g).toLowerCase();
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    private String cursorAfter(int g) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT created_at, id FROM submission ORDER BY created_at DESC, id DESC"
                        + " OFFSET " + (g - 1) + " LIMIT 1")) {
            rs.next();
            return new QueueCursor(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                    rs.getObject(2, java.util.UUID.class)).encode();
        }
    }

    /** The plans PostgreSQL chose, so that a slow figure can be explained without a debugger. */
    private void printPlans() throws SQLException {
        String[] queries = {
                "SELECT outcome, status, count(*) FROM submission GROUP BY 1, 2",
                "SELECT outcome, status, count(*) FROM submission WHERE status = 'closed' GROUP BY 1, 2",
                "SELECT outcome, status, count(*) FROM submission WHERE flagged_rules @> ARRAY['R08']::text[] GROUP BY 1, 2",
                "SELECT id FROM submission WHERE status = 'closed' ORDER BY created_at DESC, id DESC LIMIT 51",
                "SELECT id FROM submission WHERE flagged_rules @> ARRAY['R08']::text[] ORDER BY created_at DESC, id DESC LIMIT 51",
                "SELECT outcome, status, count(*) FROM submission WHERE lower(contact_name) LIKE lower('%atient 0123%') GROUP BY 1, 2"};
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String query : queries) {
                System.out.println("[queue at scale] plan: " + query);
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) " + query)) {
                    while (rs.next()) {
                        System.out.println("[queue at scale]     " + rs.getString(1));
                    }
                }
            }
        }
    }
}
