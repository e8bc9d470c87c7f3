package org.ramsc.prescreen.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.security.AuditLog;

@QuarkusTest
@TestSecurity(user = "staff1", roles = {"staff"})
class CsvExportTest {

    /** Rows live in January 2001, so that a date filter selects exactly them. */
    static final String FILTER = "from=2001-01-01&to=2001-01-31";

    @Inject
    AgroalDataSource dataSource;

    final List<UUID> ids = new ArrayList<>();

    @BeforeEach
    void insert() throws SQLException {
        insert("王小明", "2001-01-10T08:00:00Z");
        insert("=HYPERLINK(\"http://evil.example\",\"x\")", "2001-01-09T08:00:00Z");
        insert("+1 555 0100", "2001-01-08T08:00:00Z");
        insert("-2+3", "2001-01-07T08:00:00Z");
        insert("@SUM(A1)", "2001-01-06T08:00:00Z");
        insert("Chan, Tai Man \"Ben\"", "2001-01-05T08:00:00Z");
    }

    private void insert(String name, String createdAt) throws SQLException {
        ids.add(new OneSubmission().name(name).createdAt(Instant.parse(createdAt)).insert(dataSource));
    }

    @AfterEach
    void delete() throws SQLException {
        for (UUID id : ids) {
            OneSubmission.delete(dataSource, id);
        }
    }

    private Response export(String query) {
        return given().urlEncodingEnabled(false).get("/staff/export.csv?" + query);
    }

    @Test
    void startsWithAUtf8ByteOrderMarkAndTheHeaderRow() {
        Response response = export(FILTER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"submissions-");
        byte[] bytes = response.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);

        List<List<String>> rows = parse(bytes);
        List<String> expected = new ArrayList<>(List.of("reference_code", "created_at", "status", "outcome", "lang",
                "questionnaire_version", "ruleset_version", "contact_name", "contact_phone", "contact_email",
                "contact_time"));
        Questionnaire.items().stream().map(Item::id).forEach(expected::add);
        for (int n = 1; n <= 16; n++) {
            expected.add(String.format("R%02d", n));
        }
        expected.addAll(List.of("das28_esr_estimate", "das28_crp_estimate"));
        assertThat(rows.get(0)).isEqualTo(expected);
        assertThat(rows).hasSize(1 + ids.size()).allSatisfy(row -> assertThat(row).hasSize(expected.size()));
    }

    @Test
    void keepsChineseNamesAndAnswersIntactInUtf8() {
        List<List<String>> rows = parse(export(FILTER).asByteArray());
        List<String> header = rows.get(0);
        List<String> first = rows.get(1);
        assertThat(first.get(header.indexOf("contact_name"))).isEqualTo("王小明");
        assertThat(first.get(header.indexOf("tenderJoints"))).isEqualTo("wrist_left|mcp2_right");
        assertThat(first.get(header.indexOf("swollenJoints"))).isEmpty();
        assertThat(first.get(header.indexOf("age"))).isEqualTo("52");
        assertThat(first.get(header.indexOf("scoreValue"))).isEqualTo("4.6");
        assertThat(first.get(header.indexOf("R01"))).isEqualTo("MEETS");
        assertThat(first.get(header.indexOf("das28_esr_estimate"))).isEqualTo("4.83");
        assertThat(first.get(header.indexOf("created_at"))).isEqualTo("2001-01-10T08:00:00Z");
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        List<List<String>> rows = parse(export(FILTER).asByteArray());
        int name = rows.get(0).indexOf("contact_name");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(name)).containsExactly(
                "王小明",
                "'=HYPERLINK(\"http://evil.example\",\"x\")",
                "'+1 555 0100",
                "'-2+3",
                "'@SUM(A1)",
                "Chan, Tai Man \"Ben\"");
        String text = new String(export(FILTER).asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")
                .contains("\r\n");
    }

    @Test
    void exportsOnlyWhatTheFiltersSelect() {
        List<List<String>> rows = parse(export(FILTER + "&q=%E7%8E%8B%E5%B0%8F").asByteArray());
        assertThat(rows).hasSize(2);
        assertThat(parse(export("from=2001-01-01&to=2001-01-07").asByteArray())).hasSize(4);
    }

    @Test
    void auditsTheExportWithItsFiltersButNotTheSearchText() throws SQLException {
        int before = AuditRows.forAction(dataSource, AuditLog.SUBMISSION_EXPORTED).size();
        export(FILTER + "&q=%E7%8E%8B%E5%B0%8F&status=new").asByteArray();
        List<AuditRows.Row> rows = AuditRows.forAction(dataSource, AuditLog.SUBMISSION_EXPORTED);
        assertThat(rows).hasSize(before + 1);
        AuditRows.Row row = rows.get(rows.size() - 1);
        assertThat(row.actor()).isEqualTo("staff1");
        assertThat(row.detail()).isEqualTo("format=csv status=new from=2001-01-01 to=2001-01-31 q=(set)")
                .doesNotContain("王");
    }

    @Test
    @TestSecurity(user = "visitor", roles = {})
    void isForStaffOnly() {
        assertThat(export(FILTER).statusCode()).isEqualTo(403);
    }

    /** RFC 4180, after the byte order mark. */
    static List<List<String>> parse(byte[] bytes) {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
