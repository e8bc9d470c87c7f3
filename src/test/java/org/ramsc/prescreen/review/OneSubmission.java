package org.ramsc.prescreen.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.submission.AnswersJson;
import org.ramsc.prescreen.submission.ReferenceCode;
import org.ramsc.prescreen.submission.RuleResultsJson;

/** One submission with chosen values, for page tests; the rest is the spec's worked example 1. */
public final class OneSubmission {

    static final Evaluation EVALUATION = RuleSet.standard().evaluate(AnswersJson.read(GeneratedSubmissions.ANSWERS));

    public UUID id = UUID.randomUUID();
    public String referenceCode = ReferenceCode.generate();
    public String name = "Test Patient";
    public String phone = "+852 5555 0101";
    public String email = null;
    public String lang = "en";
    public String status = "new";
    public String answers = GeneratedSubmissions.ANSWERS;
    /** As the current rules decide them, so that a re-run finds no differences. */
    public String ruleResults = RuleResultsJson.write(EVALUATION.results());
    public String outcome = EVALUATION.outcome().name();
    public String[] flagged = {};
    public String rulesetVersion = "1";
    public Instant createdAt = Instant.now().minusSeconds(60);

    public OneSubmission name(String value) {
        name = value;
        return this;
    }

    public OneSubmission createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    public OneSubmission status(String value) {
        status = value;
        return this;
    }

    public UUID insert(DataSource dataSource) throws SQLException {
        String sql = """
                INSERT INTO submission (id, reference_code, draft_token_hash, questionnaire_version, ruleset_version,
                    lang, answers, rule_results, outcome, flagged_rules, das28_esr_estimate, das28_crp_estimate,
                    contact_name, contact_phone, contact_email, contact_time, consent_version, status, created_at)
                VALUES (?, ?, ?, '1', ?, ?, ?::jsonb, ?::jsonb, ?, ?, 4.83, NULL, ?, ?, ?, 'mornings', '1', ?, ?)
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.setString(2, referenceCode);
            statement.setString(3, "one:" + id);
            statement.setString(4, rulesetVersion);
            statement.setString(5, lang);
            statement.setString(6, answers);
            statement.setString(7, ruleResults);
            statement.setString(8, outcome);
            statement.setArray(9, connection.createArrayOf("text", flagged));
            statement.setString(10, name);
            statement.setString(11, phone);
            statement.setString(12, email);
            statement.setString(13, status);
            statement.setObject(14, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            statement.executeUpdate();
        }
        return id;
    }

    public static void delete(DataSource dataSource, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("DELETE FROM submission WHERE id = ?")) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }

    public static boolean exists(DataSource dataSource, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM submission WHERE id = ?")) {
            statement.setObject(1, id);
            return statement.executeQuery().next();
        }
    }
}
