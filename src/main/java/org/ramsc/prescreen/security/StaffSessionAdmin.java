package org.ramsc.prescreen.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** What the admin sessions page may do: list live sessions and end one, with an audit row. */
@ApplicationScoped
public class StaffSessionAdmin {

    @Inject StaffSessions sessions;
    @Inject AuditLog audit;

    public List<StaffSessions.Listed> list() {
        return sessions.list();
    }

    /** Ends a session; a session that has ended already is no error (two admins, one click each). */
    @Transactional
    public void end(Actor actor, UUID sessionId) {
        sessions.endById(sessionId).ifPresent(account -> audit.record(actor, AuditLog.SESSION_ENDED, "account",
                account.toString(), "session ended by an admin"));
    }
}
