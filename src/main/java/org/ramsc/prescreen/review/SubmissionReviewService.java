package org.ramsc.prescreen.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ramsc.prescreen.security.Actor;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.submission.Submission;
import org.ramsc.prescreen.submission.SubmissionStatus;

/** Staff work on one submission: reading it (audited), moving its status, adding notes. */
@ApplicationScoped
public class SubmissionReviewService {

    @Inject AuditLog audit;

    /** The submission with its notes and history; every look is an audit row. */
    @Transactional
    public Optional<SubmissionRecord> view(UUID id, Actor actor) {
        Optional<Submission> found = Submission.findByIdOptional(id);
        found.ifPresent(s -> audit.recordShown(actor.name(), AuditLog.SUBMISSION_VIEWED, id.toString(),
                null, actor.address(), java.util.List.of(id)));
        return found.map(s -> new SubmissionRecord(s, SubmissionNote.of(id), SubmissionStatusChange.of(id)));
    }

    /**
     * Moves the submission to {@code target} if the workflow allows it from where it is now. The
     * row is locked, so two staff members clicking at once cannot both move it from the same state.
     */
    @Transactional
    public StatusResult changeStatus(UUID id, SubmissionStatus target, Actor actor) {
        Optional<Submission> found = Submission.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return StatusResult.NOT_FOUND;
        }
        Submission submission = found.get();
        SubmissionStatus current = submission.status;
        if (!current.canMoveTo(target)) {
            return StatusResult.ILLEGAL;
        }
        SubmissionStatusChange change = new SubmissionStatusChange();
        change.id = UUID.randomUUID();
        change.submissionId = id;
        change.fromStatus = current.code();
        change.toStatus = target.code();
        change.changedBy = actor.name();
        change.changedAt = Instant.now();
        change.persist();
        submission.status = target;
        audit.record(actor.name(), AuditLog.SUBMISSION_STATUS, "submission", id.toString(),
                "from=" + current.code() + " to=" + target.code(), actor.address());
        return StatusResult.CHANGED;
    }

    /** Adds a note; the audit row names the note, not its text. */
    @Transactional
    public boolean addNote(UUID id, String body, Actor actor) {
        if (Submission.findByIdOptional(id).isEmpty()) {
            return false;
        }
        SubmissionNote note = new SubmissionNote();
        note.id = UUID.randomUUID();
        note.submissionId = id;
        note.author = actor.name();
        note.body = body;
        note.createdAt = Instant.now();
        note.persist();
        audit.record(actor.name(), AuditLog.SUBMISSION_NOTE, "submission", id.toString(), "note=" + note.id,
                actor.address());
        return true;
    }

    public enum StatusResult {
        CHANGED, ILLEGAL, NOT_FOUND
    }

    public record SubmissionRecord(Submission submission, List<SubmissionNote> notes,
            List<SubmissionStatusChange> history) {
    }
}
