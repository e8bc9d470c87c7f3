package org.ramsc.prescreen.review;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.submission.ReferenceCode;
import org.ramsc.prescreen.submission.SubmissionStatus;
import org.ramsc.prescreen.web.ClinicTimeZone;

/**
 * The queue's and the export's reads, in SQL: the filters map one to one onto indexed columns
 * (see V21, V22), and the export streams rows through a cursor instead of loading them all.
 * Callers own the transaction.
 */
@ApplicationScoped
public class SubmissionQueries {

    private static final String QUEUE_COLUMNS =
            "id, reference_code, created_at, outcome, flagged_rules, status, lang, contact_name";
    private static final String EXPORT_COLUMNS = "id, reference_code, created_at, status, outcome, lang,"
            + " questionnaire_version, ruleset_version, contact_name, contact_phone, contact_email, contact_time,"
            + " answers::text AS answers, rule_results::text AS rule_results, das28_esr_estimate, das28_crp_estimate";
    private static final int EXPORT_FETCH_SIZE = 500;

    @Inject AgroalDataSource dataSource;
    @Inject ClinicTimeZone zone;

    /**
     * Up to {@code size} rows after the cursor and the cursor of the page after, if any. Newest
     * first, except for new submissions alone: those come oldest first, since whoever has waited
     * longest is seen first (the same index, read backwards).
     */
    public QueuePage page(QueueFilter filter, QueueCursor after, int size) {
        Where where = where(filter);
        boolean oldestFirst = filter.oldestFirst();
        if (after != null) {
            where.add(oldestFirst ? "(created_at, id) > (?, ?)" : "(created_at, id) < (?, ?)",
                    at(after.createdAt()), after.id());
        }
        String sql = "SELECT " + QUEUE_COLUMNS + " FROM submission" + where.sql()
                + (oldestFirst ? " ORDER BY created_at ASC, id ASC LIMIT ?" : " ORDER BY created_at DESC, id DESC LIMIT ?");
        where.params.add(size + 1);
        List<QueueRow> rows = new ArrayList<>();
        query(sql, where.params, rs -> rows.add(new QueueRow(
                rs.getObject("id", UUID.class),
                rs.getString("reference_code"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("outcome"),
                strings(rs.getArray("flagged_rules")),
                rs.getString("status"),
                rs.getString("lang"),
                rs.getString("contact_name"))), 0);
        boolean more = rows.size() > size;
        List<QueueRow> shown = more ? rows.subList(0, size) : rows;
        return new QueuePage(List.copyOf(shown), more ? shown.get(shown.size() - 1).cursor() : null);
    }

    public QueueCounts counts(QueueFilter filter) {
        Where where = where(filter);
        QueueCounts counts = QueueCounts.empty();
        query("SELECT outcome, status, count(*) AS n FROM submission" + where.sql() + " GROUP BY outcome, status",
                where.params, rs -> counts.add(Outcome.valueOf(rs.getString("outcome")),
                        SubmissionStatus.fromCode(rs.getString("status")).orElseThrow(), rs.getLong("n")), 0);
        return counts;
    }

    /** Hands every matching submission, newest first, to {@code each} while reading the next ones. */
    public void forEachMatching(QueueFilter filter, Consumer<ExportRow> each) {
        Where where = where(filter);
        query("SELECT " + EXPORT_COLUMNS + " FROM submission" + where.sql() + " ORDER BY created_at DESC, id DESC",
                where.params, rs -> each.accept(new ExportRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference_code"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getString("status"),
                        rs.getString("outcome"),
                        rs.getString("lang"),
                        rs.getString("questionnaire_version"),
                        rs.getString("ruleset_version"),
                        rs.getString("contact_name"),
                        rs.getString("contact_phone"),
                        rs.getString("contact_email"),
                        rs.getString("contact_time"),
                        rs.getString("answers"),
                        rs.getString("rule_results"),
                        rs.getObject("das28_esr_estimate", BigDecimal.class),
                        rs.getObject("das28_crp_estimate", BigDecimal.class))), EXPORT_FETCH_SIZE);
    }

    private Where where(QueueFilter filter) {
        Where where = new Where();
        if (filter.outcome() != null) {
            where.add("outcome = ?", filter.outcome().name());
        }
        if (filter.status() != null) {
            where.add("status = ?", filter.status().code());
        }
        if (filter.rule() != null) {
            where.add("flagged_rules @> ARRAY[?]::text[]", filter.rule());
        }
        if (filter.lang() != null) {
            where.add("lang = ?", filter.lang().tag());
        }
        if (filter.from() != null) {
            where.add("created_at >= ?", at(filter.from().atStartOfDay(zone.get()).toInstant()));
        }
        if (filter.to() != null) {
            where.add("created_at < ?", at(filter.to().plusDays(1).atStartOfDay(zone.get()).toInstant()));
        }
        filter.queryText().ifPresent(text -> {
            String namePattern = "%" + likeEscaped(text) + "%";
            String code = ReferenceCode.normalize(text);
            if (looksLikeReferenceCode(code)) {
                where.add("(reference_code = ? OR lower(contact_name) LIKE lower(?) ESCAPE '\\')", code, namePattern);
            } else {
                where.add("lower(contact_name) LIKE lower(?) ESCAPE '\\'", namePattern);
            }
        });
        return where;
    }

    static boolean looksLikeReferenceCode(String normalized) {
        return normalized.length() == ReferenceCode.LENGTH
                && normalized.chars().allMatch(c -> ReferenceCode.ALPHABET.indexOf(c) >= 0);
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private void query(String sql, List<Object> params, RowReader reader, int fetchSize) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (fetchSize > 0) {
                statement.setFetchSize(fetchSize);
            }
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("submission query failed", e);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static final class Where {
        private final List<String> clauses = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void add(String clause, Object... values) {
            clauses.add(clause);
            params.addAll(List.of(values));
        }

        String sql() {
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }
    }

    /** A page of the queue; {@code next} is null on the last page. */
    public record QueuePage(List<QueueRow> rows, QueueCursor next) {
    }

    /** Everything the export writes about one submission, read in one pass. */
    public record ExportRow(UUID id, String referenceCode, Instant createdAt, String status, String outcome,
            String lang, String questionnaireVersion, String rulesetVersion, String contactName, String contactPhone,
            String contactEmail, String contactTime, String answersJson, String ruleResultsJson,
            BigDecimal das28EsrEstimate, BigDecimal das28CrpEstimate) {
    }
}
