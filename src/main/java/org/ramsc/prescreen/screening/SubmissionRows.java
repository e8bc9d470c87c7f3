package org.ramsc.prescreen.screening;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.ramsc.prescreen.submission.Submission;

/**
 * The submission table as a patient's send and sent page use it, in plain SQL like
 * {@link DraftRows}: inside the caller's transaction each statement runs on its connection, so the
 * row, the draft's deletion and the audit row commit together. Through Hibernate a send built and
 * bound an HQL query per lookup, flushed the session before each, and wrote the entity with its
 * bookkeeping: 10 % of a journey profile. The {@link Submission} entity stays the one shape of a
 * decided submission ({@link Submission#decided}) and serves the staff's pages.
 */
@ApplicationScoped
public class SubmissionRows {

    @Inject AgroalDataSource dataSource;

    /** What the patient's own pages need of a sent submission: nothing personal. */
    record Sent(String referenceCode, String outcome, Instant createdAt, String answers, String ruleResults,
            String questionnaireVersion, String rulesetVersion) {
    }

    /** The submission made from the draft with this token hash, if any. */
    Optional<Sent> findByDraftTokenHash(String tokenHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT reference_code, outcome, created_at, answers::text, rule_results::text,"
                                + " questionnaire_version, ruleset_version FROM submission WHERE draft_token_hash = ?")) {
            statement.setString(1, tokenHash);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Sent(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("submission query failed", e);
        }
    }

    /** Whether a submission already has this reference code. */
    boolean referenceCodeTaken(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT EXISTS (SELECT 1 FROM submission WHERE reference_code = ?)")) {
            statement.setString(1, code);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("submission query failed", e);
        }
    }

    /** Writes a decided submission with every column, as the entity would. */
    void insert(Submission s) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("INSERT INTO submission (id, reference_code,"
                        + " draft_token_hash, questionnaire_version, ruleset_version, lang, answers, rule_results,"
                        + " outcome, flagged_rules, das28_esr_estimate, das28_crp_estimate, contact_name,"
                        + " contact_phone, contact_email, contact_time, consent_version, status, created_at, sender_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            statement.setObject(++i, s.id);
            statement.setString(++i, s.referenceCode);
            statement.setString(++i, s.draftTokenHash);
            statement.setString(++i, s.questionnaireVersion);
            statement.setString(++i, s.rulesetVersion);
            statement.setString(++i, s.lang);
            statement.setString(++i, s.answers);
            statement.setString(++i, s.ruleResults);
            statement.setString(++i, s.outcome);
            statement.setArray(++i, connection.createArrayOf("text", s.flaggedRules));
            statement.setObject(++i, s.das28EsrEstimate, Types.NUMERIC);
            statement.setObject(++i, s.das28CrpEstimate, Types.NUMERIC);
            statement.setString(++i, s.contactName);
            statement.setString(++i, s.contactPhone);
            statement.setString(++i, s.contactEmail);
            statement.setString(++i, s.contactTime);
            statement.setString(++i, s.consentVersion);
            statement.setString(++i, s.status.code());
            statement.setObject(++i, s.createdAt.atOffset(ZoneOffset.UTC));
            statement.setString(++i, s.senderKey);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("submission insert failed", e);
        }
    }
}
