package org.ramsc.prescreen.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.ramsc.prescreen.security.Actor;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.submission.ReferenceCode;
import org.ramsc.prescreen.submission.Submission;

/** Erasure on the patient's request: the submission, its notes and its history go at once. */
@ApplicationScoped
public class ErasureService {

    @Inject AuditLog audit;

    /** The reference code the confirm page shows, so the admin can match it against the request. */
    @Transactional
    public Optional<Candidate> candidate(UUID id) {
        return Submission.<Submission>findByIdOptional(id)
                .map(s -> new Candidate(s.id, s.referenceCode, s.createdAt, s.status.code()));
    }

    /**
     * Erases the submission when {@code typedCode} names it (spaces, dashes and case ignored), so that
     * a slip on the wrong row cannot erase it.
     */
    @Transactional
    public Result erase(UUID id, String typedCode, Actor actor) {
        Optional<Submission> found = Submission.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return Result.NOT_FOUND;
        }
        Submission submission = found.get();
        if (!submission.referenceCode.equals(ReferenceCode.normalize(typedCode))) {
            return Result.CODE_MISMATCH;
        }
        long notes = SubmissionNote.count("submissionId", id);
        submission.delete();
        audit.record(actor.name(), AuditLog.SUBMISSION_ERASED, "submission", id.toString(), "notes=" + notes,
                actor.address());
        return Result.ERASED;
    }

    public enum Result {
        ERASED, CODE_MISMATCH, NOT_FOUND
    }

    public record Candidate(UUID id, String referenceCode, java.time.Instant createdAt, String status) {

        public String groupedCode() {
            return ReferenceCode.grouped(referenceCode);
        }
    }
}
