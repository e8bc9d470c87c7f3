package org.ramsc.prescreen.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the audit trail. Joins the caller's transaction, so that an audited change and its row
 * commit together; a failed change leaves no row claiming it happened.
 * Never pass names, contact details or answers in {@code detail}.
 */
@ApplicationScoped
public class AuditLog {

    @Inject AgroalDataSource dataSource;

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
        insert(actor, action, targetType, targetId, detail, remoteAddr, null);
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
        insert(actor, action, "submission", targetId, detail, remoteAddr, submissionIds);
    }

    /**
     * One row in plain SQL, on the caller's transaction's connection: through Hibernate each row was
     * an entity persisted, flushed and its generated id read back, which no caller uses (5 % of a
     * patient journey's profile, one row per send). {@link AuditEvent} stays for reading the trail.
     */
    private void insert(String actor, String action, String targetType, String targetId, String detail,
            String remoteAddr, java.util.Collection<java.util.UUID> submissionIds) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("INSERT INTO audit_event (occurred_at,"
                        + " actor, action, target_type, target_id, detail, remote_addr, submission_ids, submission_count)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setObject(1, Instant.now().atOffset(ZoneOffset.UTC));
            statement.setString(2, actor == null ? "anonymous" : actor);
            statement.setString(3, action);
            statement.setString(4, targetType);
            statement.setString(5, targetId);
            statement.setString(6, detail);
            statement.setString(7, remoteAddr);
            if (submissionIds == null) {
                statement.setNull(8, Types.ARRAY);
                statement.setNull(9, Types.INTEGER);
            } else {
                statement.setArray(8, connection.createArrayOf("uuid", submissionIds.toArray()));
                statement.setInt(9, submissionIds.size());
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("audit insert failed", e);
        }
    }

    /** A row for something a signed-in person (or "patient", "system") did, from where they did it. */
    public void record(Actor actor, String action, String targetType, String targetId, String detail) {
        record(actor.name(), action, targetType, targetId, detail, actor.address());
    }

    public void record(String actor, String action, String targetType, String targetId, String detail) {
        record(actor, action, targetType, targetId, detail, null);
    }
}
