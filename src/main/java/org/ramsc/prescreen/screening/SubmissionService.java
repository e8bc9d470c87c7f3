package org.ramsc.prescreen.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.rules.Status;
import org.ramsc.prescreen.security.AuditLog;

/** Stores a screening the patient chose to send, exactly once per draft, and removes the draft. */
@ApplicationScoped
public class SubmissionService {

    private final RuleSet ruleSet;
    private final AuditLog audit;
    private final Event<Stored> stored;
    private final PatientLimits limits;

    public SubmissionService(RuleSet ruleSet, AuditLog audit, Event<Stored> stored, PatientLimits limits) {
        this.limits = limits;
        this.ruleSet = ruleSet;
        this.audit = audit;
        this.stored = stored;
    }

    /** The submission already made from this draft token, if any. */
    @Transactional
    public Optional<SentView> findSent(String draftToken) {
        if (!DraftToken.isWellFormed(draftToken)) {
            return Optional.empty();
        }
        return Submission.findByDraftTokenHash(DraftToken.hash(draftToken))
                .map(s -> new SentView(s.referenceCode, s.outcome));
    }

    /**
     * The result as it was sent, for the patient's own sent page: only while the draft would have
     * lived ({@code ttl} after sending), and without the contact details, which the patient's
     * browser no longer needs to see.
     */
    @Transactional
    public Optional<SentResult> findSentResult(String draftToken, java.time.Duration ttl) {
        if (!DraftToken.isWellFormed(draftToken)) {
            return Optional.empty();
        }
        return Submission.findByDraftTokenHash(DraftToken.hash(draftToken))
                .filter(s -> s.createdAt.plus(ttl).isAfter(Instant.now()))
                .map(s -> new SentResult(AnswersJson.read(s.answers), RuleResultsJson.read(s.ruleResults),
                        s.questionnaireVersion, s.rulesetVersion, s.outcome));
    }

    /** A sent screening's answers and its rule results exactly as they were decided. */
    public record SentResult(Answers answers, java.util.List<org.ramsc.prescreen.rules.RuleResult> results,
            String questionnaireVersion, String rulesetVersion, String outcome) {
    }

    /**
     * Stores the submission and deletes the draft in one transaction. Idempotent: a second call
     * for the same draft returns the first submission, also when both arrive at once (the draft's
     * row lock makes them take turns; the unique draft hash remains the last guard).
     * The sender's {@code address} goes into the audit row; the submission keeps only its keyed hash.
     */
    @Transactional
    public SentView send(String draftToken, Answers answers, ContactForm contact, Lang lang, String address) {
        String tokenHash = DraftToken.hash(draftToken);
        // A double click sends twice at once. Without the lock both would insert and one would fail on
        // the unique draft hash, which Hibernate logs as a warning although nothing is wrong. With it the
        // second waits for the first to commit, then finds its submission (and the draft gone) below.
        Draft.find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        Optional<Submission> existing = Submission.findByDraftTokenHash(tokenHash);
        if (existing.isPresent()) {
            return new SentView(existing.get().referenceCode, existing.get().outcome);
        }
        Evaluation evaluation = ruleSet.evaluate(answers);
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.referenceCode = unusedReferenceCode();
        submission.draftTokenHash = tokenHash;
        submission.questionnaireVersion = Questionnaire.VERSION;
        submission.rulesetVersion = evaluation.rulesetVersion();
        submission.lang = lang.tag();
        submission.answers = AnswersJson.write(answers);
        submission.ruleResults = RuleResultsJson.write(evaluation.results());
        submission.outcome = evaluation.outcome().name();
        submission.flaggedRules = evaluation.results().stream()
                .filter(r -> r.status() == Status.NOT_MET || r.status() == Status.REVIEW)
                .map(RuleResult::ruleId).toArray(String[]::new);
        submission.das28EsrEstimate = evaluation.scores().das28EsrRounded();
        submission.das28CrpEstimate = evaluation.scores().das28CrpRounded();
        submission.contactName = contact.name();
        submission.contactPhone = contact.phone().isEmpty() ? null : contact.phone();
        submission.contactEmail = contact.email().isEmpty() ? null : contact.email();
        submission.contactTime = contact.contactTime().isEmpty() ? null : contact.contactTime();
        submission.consentVersion = ContactForm.CONSENT_VERSION;
        submission.status = "new";
        submission.createdAt = Instant.now();
        submission.senderKey = limits.senderKey(address);
        submission.persist();
        Draft.delete("tokenHash", tokenHash);
        audit.record("patient", AuditLog.SUBMISSION_CREATED, "submission", submission.id.toString(),
                "outcome=" + submission.outcome, address);
        stored.fire(new Stored(submission.id));
        return new SentView(submission.referenceCode, submission.outcome);
    }

    private static String unusedReferenceCode() {
        String code;
        do {
            code = ReferenceCode.generate();
        } while (Submission.count("referenceCode", code) > 0);
        return code;
    }

    /** Fired inside the transaction that stores a new submission (not for a resent form). */
    public record Stored(UUID submissionId) {
    }

    /** What the confirmation page shows: nothing personal. */
    public record SentView(String referenceCode, String outcome) {

        public String groupedCode() {
            return ReferenceCode.grouped(referenceCode);
        }
    }
}
