package org.ramsc.prescreen.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Writes the audit trail. Joins the caller's transaction, so that an audited change and its row
 * commit together; a failed change leaves no row claiming it happened.
 * Never pass names, contact details or answers in {@code detail}.
 */
@ApplicationScoped
public class AuditLog {

    /** Actions, as stored; the admin audit page filters on them. */
    public static final String LOGIN_SUCCESS = "login.success";
    public static final String LOGIN_FAILURE = "login.failure";
    public static final String LOGOUT = "logout";
    /** A pair (account, address) or an address was locked after failed sign-ins. */
    public static final String LOGIN_LOCKED = "login.locked";
    /** An admin cleared such a lock. */
    public static final String LOGIN_UNLOCKED = "login.unlocked";
    /** A staff page or download showed patient data: which submissions are in {@code submission_ids}. */
    public static final String SUBMISSIONS_LISTED = "submissions.listed";
    /** The actor of rows the app writes on its own. */
    public static final String SYSTEM_ACTOR = "system";
    public static final String SUBMISSION_CREATED = "submission.created";
    public static final String SUBMISSION_VIEWED = "submission.viewed";
    public static final String SUBMISSION_STATUS = "submission.status";
    public static final String SUBMISSION_NOTE = "submission.note";
    public static final String SUBMISSION_RERUN = "submission.rerun";
    public static final String SUBMISSION_EXPORTED = "submission.exported";
    public static final String SUBMISSION_ERASED = "submission.erased";
    public static final String SUBMISSION_EXPIRED = "submission.expired";
    public static final String FAQ_CHANGED = "faq.changed";
    public static final String ACCOUNT_CHANGED = "account.changed";
    /** An admin ended someone's session on the sessions page. */
    public static final String SESSION_ENDED = "session.ended";

    /** Every action above, in the order the audit page offers them as a filter. */
    public static final List<String> ACTIONS = List.of(LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_LOCKED,
            LOGIN_UNLOCKED, LOGOUT, ACCOUNT_CHANGED, SUBMISSION_CREATED, SUBMISSIONS_LISTED, SUBMISSION_VIEWED,
            SUBMISSION_STATUS, SUBMISSION_NOTE, SUBMISSION_RERUN, SUBMISSION_EXPORTED, SUBMISSION_ERASED,
            SUBMISSION_EXPIRED, FAQ_CHANGED, SESSION_ENDED);

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String actor, String action, String targetType, String targetId, String detail,
            String remoteAddr) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = actor == null ? "anonymous" : actor;
        event.action = action;
        event.targetType = targetType;
        event.targetId = targetId;
        event.detail = detail;
        event.remoteAddr = remoteAddr;
        event.persist();
    }

    /**
     * A row for a page or download that showed patient data: who, from where, and exactly which
     * submissions ({@code submissionIds}, stored with their count).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordShown(String actor, String action, String targetId, String detail, String remoteAddr,
            java.util.Collection<java.util.UUID> submissionIds) {
        recordShownTo(actor, action, targetId, detail, remoteAddr, submissionIds);
    }

    public void recordShown(Actor actor, String action, String targetId, String detail,
            java.util.Collection<java.util.UUID> submissionIds) {
        recordShownTo(actor.name(), action, targetId, detail, actor.address(), submissionIds);
    }

    private void recordShownTo(String actor, String action, String targetId, String detail, String remoteAddr,
            java.util.Collection<java.util.UUID> submissionIds) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = actor == null ? "anonymous" : actor;
        event.action = action;
        event.targetType = "submission";
        event.targetId = targetId;
        event.detail = detail;
        event.remoteAddr = remoteAddr;
        event.submissionIds = submissionIds.toArray(java.util.UUID[]::new);
        event.submissionCount = submissionIds.size();
        event.persist();
    }

    /** A row for something a signed-in person (or "patient", "system") did, from where they did it. */
    public void record(Actor actor, String action, String targetType, String targetId, String detail) {
        record(actor.name(), action, targetType, targetId, detail, actor.address());
    }

    public void record(String actor, String action, String targetType, String targetId, String detail) {
        record(actor, action, targetType, targetId, detail, null);
    }
}
