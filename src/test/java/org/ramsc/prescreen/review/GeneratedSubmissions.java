package org.ramsc.prescreen.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.submission.ReferenceCode;

/**
 * Inserts many submissions in one SQL statement (generate_series), each row a pure function of its
 * number g, and mirrors those functions in Java so that tests can compute the expected counts.
 * Rows come in pairs with the same created_at, so that keyset paging must also order by id.
 */
public final class GeneratedSubmissions {

    static final String[] LANGS = {"en", "zh-Hans", "zh-Hant"};
    static final String[] OUTCOMES = {"DISCUSS", "DISCUSS_AFTER_REVIEW", "NOT_SUITABLE_NOW"};
    static final String[] STATUSES = {"new", "in_review", "contacted", "closed", "withdrawn"};
    static final String TOKEN_PREFIX = "generated:";

    /** Worked example 1 with an ESR, since every row also carries a DAS28-ESR estimate. */
    static final String ANSWERS = ExampleAnswers.example1().with("esr", 30).json();

    static final String RULE_RESULTS = ruleResults();

    private final Instant newest;
    private final long spacingSeconds;
    private final int count;

    /**
     * @param newest  created_at of rows 1 and 2; each following pair is {@code spacingSeconds} older
     */
    public GeneratedSubmissions(int count, Instant newest, long spacingSeconds) {
        this.count = count;
        this.newest = newest;
        this.spacingSeconds = spacingSeconds;
    }

    public void insert(DataSource dataSource) throws SQLException {
        String sql = """
                INSERT INTO submission (id, reference_code, draft_token_hash, questionnaire_version, ruleset_version,
                    lang, answers, rule_results, outcome, flagged_rules, das28_esr_estimate, das28_crp_estimate,
                    contact_name, contact_phone, contact_email, contact_time, consent_version, status, created_at)
                SELECT gen_random_uuid(),
                       'Z' || (SELECT string_agg(substr(?, ((g / (32::bigint ^ k)::bigint) % 32)::int + 1, 1), ''
                                                 ORDER BY k DESC) FROM generate_series(0, 6) k),
                       ? || g,
                       '1', '1',
                       (ARRAY['en', 'zh-Hans', 'zh-Hant'])[g % 3 + 1],
                       ?::jsonb, ?::jsonb,
                       (ARRAY['DISCUSS', 'DISCUSS_AFTER_REVIEW', 'NOT_SUITABLE_NOW'])[(g / 3) % 3 + 1],
                       CASE (g / 3) % 3
                           WHEN 0 THEN '{}'::text[]
                           WHEN 1 THEN CASE WHEN g % 2 = 0 THEN ARRAY['R03', 'R08'] ELSE ARRAY['R03'] END
                           ELSE CASE WHEN g % 4 = 0 THEN ARRAY['R02', 'R07'] ELSE ARRAY['R07'] END
                       END,
                       4.83, NULL,
                       CASE WHEN g % 10 = 0 THEN '陈静' || g ELSE 'Patient ' || lpad(g::text, 6, '0') END,
                       '+86 138 0000 ' || lpad((g % 10000)::text, 4, '0'), NULL, NULL,
                       '1',
                       (ARRAY['new', 'in_review', 'contacted', 'closed', 'withdrawn'])[g % 5 + 1],
                       ?::timestamptz - make_interval(secs => (g / 2) * ?::double precision)
                FROM generate_series(1, ?) g
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ReferenceCode.ALPHABET);
            statement.setString(2, TOKEN_PREFIX);
            statement.setString(3, ANSWERS);
            statement.setString(4, RULE_RESULTS);
            statement.setObject(5, OffsetDateTime.ofInstant(newest, ZoneOffset.UTC));
            statement.setDouble(6, spacingSeconds);
            statement.setInt(7, count);
            statement.executeUpdate();
        }
    }

    public static void deleteAll(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM submission");
        }
    }

    /**
     * What autovacuum does in the minutes after a bulk insert: statistics, and the visibility map that
     * index-only scans need. Measured here: the first pass right after the insert sets no page
     * all-visible, the second sets them all.
     */
    public static void analyze(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM submission");
            statement.execute("VACUUM ANALYZE submission");
        }
    }

    // --- the same functions in Java ---

    public List<Integer> rows() {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    public long countWhere(Predicate<Integer> test) {
        return rows().stream().filter(test).count();
    }

    public static String lang(int g) {
        return LANGS[g % 3];
    }

    public static String outcome(int g) {
        return OUTCOMES[(g / 3) % 3];
    }

    public static String status(int g) {
        return STATUSES[g % 5];
    }

    public static List<String> flagged(int g) {
        return switch ((g / 3) % 3) {
            case 0 -> List.of();
            case 1 -> g % 2 == 0 ? List.of("R03", "R08") : List.of("R03");
            default -> g % 4 == 0 ? List.of("R02", "R07") : List.of("R07");
        };
    }

    public static String name(int g) {
        return g % 10 == 0 ? "陈静" + g : "Patient " + String.format("%06d", g);
    }

    public static String referenceCode(int g) {
        StringBuilder code = new StringBuilder("Z");
        for (int k = 6; k >= 0; k--) {
            code.append(ReferenceCode.ALPHABET.charAt((int) ((g / (long) Math.pow(32, k)) % 32)));
        }
        return code.toString();
    }

    public Instant createdAt(int g) {
        return newest.minusSeconds((g / 2) * spacingSeconds);
    }

    private static String ruleResults() {
        List<String> results = new ArrayList<>();
        for (int n = 1; n <= 16; n++) {
            String id = String.format("R%02d", n);
            String status = n == 5 || n == 16 ? "INFO" : "MEETS";
            results.add("{\"ruleId\":\"" + id + "\",\"status\":\"" + status + "\",\"reasonKey\":\"rules." + id
                    + ".reason." + status.toLowerCase() + "\"}");
        }
        return "[" + String.join(",", results) + "]";
    }
}
