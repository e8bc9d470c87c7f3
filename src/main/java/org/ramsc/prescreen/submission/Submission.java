package org.ramsc.prescreen.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.rules.Status;

/**
 * What a patient chose to send to the clinic. The answers and rule results are stored as they
 * were decided, with the versions that decided them, and are never rewritten.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    @Id
    public UUID id;

    public String referenceCode;
    public String draftTokenHash;
    public String questionnaireVersion;
    public String rulesetVersion;
    public String lang;

    /** JSON object keyed by item id; read with {@link AnswersJson}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String answers;

    /** JSON array of {ruleId, status, reasonKey}; read with {@link RuleResultsJson}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String ruleResults;

    public String outcome;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] flaggedRules;

    @Column(name = "das28_esr_estimate", precision = 5, scale = 2)
    public BigDecimal das28EsrEstimate;

    @Column(name = "das28_crp_estimate", precision = 5, scale = 2)
    public BigDecimal das28CrpEstimate;

    public String contactName;
    public String contactPhone;
    public String contactEmail;
    public String contactTime;
    public String consentVersion;

    @Convert(converter = SubmissionStatus.Column.class)
    public SubmissionStatus status;

    public Instant createdAt;

    /** A keyed hash of the sender's address (PatientLimits.senderKey), never the address itself. */
    public String senderKey;

    /**
     * The one place that turns decided answers into a submission: every column the rule set and the
     * contact form fill, with status {@link SubmissionStatus#NEW} and a new id. The caller adds how the
     * patient reached it (reference code, draft hash, sender key) and persists it.
     */
    public static Submission decided(Answers answers, Evaluation evaluation, Lang lang, Contact contact,
            Instant createdAt) {
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.questionnaireVersion = Questionnaire.VERSION;
        submission.rulesetVersion = evaluation.rulesetVersion();
        submission.lang = lang.tag();
        submission.answers = AnswersJson.write(answers);
        submission.ruleResults = RuleResultsJson.write(evaluation.results());
        submission.outcome = evaluation.outcome().name();
        submission.flaggedRules = evaluation.withStatus(Status.NOT_MET, Status.REVIEW).stream()
                .map(RuleResult::ruleId).toArray(String[]::new);
        submission.das28EsrEstimate = evaluation.scores().das28EsrRounded();
        submission.das28CrpEstimate = evaluation.scores().das28CrpRounded();
        submission.contactName = contact.name();
        submission.contactPhone = contact.phone();
        submission.contactEmail = contact.email();
        submission.contactTime = contact.contactTime();
        submission.consentVersion = contact.consentVersion();
        submission.status = SubmissionStatus.NEW;
        submission.createdAt = createdAt;
        return submission;
    }

    public static Optional<Submission> findByDraftTokenHash(String tokenHash) {
        return find("draftTokenHash", tokenHash).firstResultOptional();
    }

    public static Optional<Submission> findByReferenceCode(String code) {
        return find("referenceCode", code).firstResultOptional();
    }
}
