package org.ramsc.prescreen.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.security.StaffBrowser;
import org.ramsc.prescreen.security.TestAccounts;

@QuarkusTest
class AuditPageTest {

    private static final Pattern ROW = Pattern.compile("<tr data-id=\"(\\d+)\">");
    private static final Pattern OLDER = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");
    private static final Pattern NEWER = Pattern.compile("href=\"([^\"]+)\" rel=\"prev\"");

    private final TestAccounts accounts;
    private final AuditLog audit;
    private final AgroalDataSource dataSource;

    AuditPageTest(TestAccounts accounts, AuditLog audit, AgroalDataSource dataSource) {
        this.accounts = accounts;
        this.audit = audit;
        this.dataSource = dataSource;
    }

    @Test
    void filtersByActorActionRecordAndDate() {
        StaffBrowser admin = signedInAdmin();
        String actor = "auditor-" + System.nanoTime();
        audit.record(actor, AuditLog.SUBMISSION_VIEWED, "submission", "target-a-" + actor, null);
        audit.record(actor, AuditLog.SUBMISSION_STATUS, "submission", "target-b-" + actor, "new -> in_review");
        audit.record("someone-else", AuditLog.SUBMISSION_VIEWED, "submission", "target-a-" + actor, null);

        assertThat(rows(admin.get("/admin/audit?actor=" + actor))).isEqualTo(2);
        assertThat(rows(admin.get("/admin/audit?actor=" + actor + "&action=submission.status"))).isEqualTo(1);
        assertThat(rows(admin.get("/admin/audit?target=target-a-" + actor))).isEqualTo(2);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(rows(admin.get("/admin/audit?actor=" + actor + "&from=" + today + "&to=" + today))).isEqualTo(2);
        Response future = admin.get("/admin/audit?actor=" + actor + "&from=" + tomorrow);
        assertThat(rows(future)).isZero();
        assertThat(future.asString()).contains("No entries match these filters.");

        // the filters stay in the form, so the URL is the whole state
        assertThat(admin.get("/admin/audit?actor=" + actor + "&action=submission.status").asString())
                .contains("value=\"" + actor + "\"").contains("value=\"submission.status\" selected");
    }

    @Test
    void refusesAnUnreadableDateWithAMessageNextToTheField() {
        Response response = signedInAdmin().get("/admin/audit?from=31.03.2025&to=2025-03-01");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("id=\"from-error\"").contains("Please enter a date like 2025-03-31.")
                .contains("value=\"31.03.2025\"");
    }

    @Test
    void pagesNewestFirstAHundredAtATime() {
        StaffBrowser admin = signedInAdmin();
        String actor = "pager-" + System.nanoTime();
        for (int i = 0; i < 150; i++) {
            audit.record(actor, AuditLog.SUBMISSION_VIEWED, "submission", "s-" + i, null);
        }

        Response first = admin.get("/admin/audit?actor=" + actor);
        assertThat(rows(first)).isEqualTo(100);
        assertThat(NEWER.matcher(first.asString()).find()).isFalse();
        long newestShown = firstId(first);
        Matcher older = OLDER.matcher(first.asString());
        assertThat(older.find()).isTrue();

        Response second = admin.get(older.group(1).replace("&amp;", "&"));
        assertThat(rows(second)).isEqualTo(50);
        assertThat(firstId(second)).isLessThan(newestShown);
        assertThat(OLDER.matcher(second.asString()).find()).isFalse();
        Matcher newer = NEWER.matcher(second.asString());
        assertThat(newer.find()).isTrue();

        Response back = admin.get(newer.group(1).replace("&amp;", "&"));
        assertThat(rows(back)).isEqualTo(100);
        assertThat(firstId(back)).isEqualTo(newestShown);
    }

    @Test
    void offersNoWayToChangeOrDeleteEntries() {
        String html = signedInAdmin().get("/admin/audit").asString();
        assertThat(html).doesNotContainPattern("<form[^>]*method=\"post\"[^>]*action=\"/admin/audit");
    }

    @Test
    void refusesToUpdateOrDeleteAuditRowsEvenInSql() throws SQLException {
        audit.record("sql-check", AuditLog.LOGOUT, null, null, null);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // the app's role lacks the rights (security.AuditTrailRightsTest); the owner meets the trigger
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_event SET actor = 'x' WHERE actor = 'sql-check'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_event WHERE actor = 'sql-check'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    private StaffBrowser signedInAdmin() {
        StaffBrowser browser = new StaffBrowser();
        browser.signIn(accounts.admin(), TestAccounts.PASSWORD);
        return browser;
    }

    private static int rows(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher matcher = ROW.matcher(response.asString());
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static long firstId(Response response) {
        Matcher matcher = ROW.matcher(response.asString());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
