package org.ramsc.prescreen.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the audit trail back in tests. */
@ApplicationScoped
public class AuditRows {

    @Transactional
    public List<AuditEvent> byActor(String actor) {
        return AuditEvent.list("actor = ?1 order by id", actor);
    }

    @Transactional
    public List<AuditEvent> fromAddress(String address) {
        return AuditEvent.list("remoteAddr = ?1 order by id", address);
    }

    /** How many rows hold {@code text} in any column. */
    @Transactional
    public long containing(String text) {
        String like = "%" + text + "%";
        return AuditEvent.count("actor like ?1 or action like ?1 or targetType like ?1 or targetId like ?1 "
                + "or detail like ?1 or remoteAddr like ?1", like);
    }
}
