package org.ramsc.prescreen.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.submission.AnswersJson;
import org.ramsc.prescreen.submission.Contact;
import org.ramsc.prescreen.submission.ReferenceCode;
import org.ramsc.prescreen.submission.RuleResultsJson;
import org.ramsc.prescreen.submission.Submission;
import org.ramsc.prescreen.submission.SubmissionStored;

/** Stores a screening the patient chose to send, exactly once per draft, and removes the draft. */
@ApplicationScoped
public class SubmissionService {

    @Inject RuleSet ruleSet;
    @Inject AuditLog audit;
    @Inject Event<SubmissionStored> stored;
    @Inject PatientLimits limits;
    @Inject SubmissionRows rows;
    @Inject DraftRows drafts;

    /** The submission already made from this draft token, if any. One statement, no transaction. */
    public Optional<SentView> findSent(String draftToken) {
        if (!DraftToken.isWellFormed(draftToken)) {
            return Optional.empty();
        }
        return rows.findByDraftTokenHash(DraftToken.hash(draftToken))
                .map(s -> new SentView(s.referenceCode(), s.outcome()));
    }

    /**
     * The patient's own sent page in one read: the reference code always, and the result as it was
     * sent only while the draft would have lived ({@code ttl} after sending), without the contact
     * details, which the patient's browser no longer needs to see. One statement, no transaction.
     */
    public Optional<SentPage> findSentPage(String draftToken, Duration ttl) {
        if (!DraftToken.isWellFormed(draftToken)) {
            return Optional.empty();
        }
        return rows.findByDraftTokenHash(DraftToken.hash(draftToken)).map(s -> new SentPage(
                new SentView(s.referenceCode(), s.outcome()),
                s.createdAt().plus(ttl).isAfter(Instant.now())
                        ? Optional.of(new SentResult(AnswersJson.read(s.answers()), RuleResultsJson.read(s.ruleResults()),
                                s.questionnaireVersion(), s.rulesetVersion(), s.outcome()))
                        : Optional.empty()));
    }

    /** The sent page's content: the reference code, and the result while the draft would have lived. */
    public record SentPage(SentView sent, Optional<SentResult> result) {
    }

    /** A sent screening's answers and its rule results exactly as they were decided. */
    public record SentResult(Answers answers, java.util.List<org.ramsc.prescreen.rules.RuleResult> results,
            String questionnaireVersion, String rulesetVersion, String outcome) {
    }

    /**
     * Stores the submission and deletes the draft in one transaction. Idempotent: a second call
     * for the same draft returns the first submission. The draft's row is locked first, so a
     * second send at the same moment waits for the first and then finds its submission, rather
     * than racing it to the unique draft hash. The sender's {@code address} goes into the audit
     * row; the submission keeps only its keyed hash.
     */
    @Transactional
    public SentView send(String draftToken, Answers answers, Contact contact, Lang lang, String address) {
        String tokenHash = DraftToken.hash(draftToken);
        boolean draftLeft = drafts.lock(tokenHash);
        Optional<SubmissionRows.Sent> existing = rows.findByDraftTokenHash(tokenHash);
        if (existing.isPresent() || !draftLeft) {
            return existing.map(s -> new SentView(s.referenceCode(), s.outcome()))
                    .orElseThrow(() -> new IllegalStateException("a send without its draft or submission"));
        }
        Submission submission = Submission.decided(answers, ruleSet.evaluate(answers), lang, contact, Instant.now());
        submission.referenceCode = unusedReferenceCode();
        submission.draftTokenHash = tokenHash;
        submission.senderKey = limits.senderKey(address);
        rows.insert(submission);
        drafts.deleteByTokenHash(tokenHash);
        audit.record("patient", AuditLog.SUBMISSION_CREATED, "submission", submission.id.toString(),
                "outcome=" + submission.outcome, address);
        stored.fire(new SubmissionStored(submission.id, submission.outcome, submission.createdAt));
        return new SentView(submission.referenceCode, submission.outcome);
    }

    /** A reference code no other submission has. */
    private String unusedReferenceCode() {
        String code;
        do {
            code = ReferenceCode.generate();
        } while (rows.referenceCodeTaken(code));
        return code;
    }

    /** What the confirmation page shows: nothing personal. */
    public record SentView(String referenceCode, String outcome) {

        public String groupedCode() {
            return ReferenceCode.grouped(referenceCode);
        }
    }
}
