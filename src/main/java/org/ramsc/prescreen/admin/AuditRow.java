package org.ramsc.prescreen.admin;

import org.ramsc.prescreen.security.AuditEvent;

/** One audit event as the admin page shows it. */
public record AuditRow(long id, String time, String actor, String action, String targetType, String targetId,
        String detail, String remoteAddr) {

    static AuditRow of(AuditEvent event, AdminTime time) {
        return new AuditRow(event.id, time.show(event.occurredAt), event.actor, event.action, event.targetType,
                event.targetId, event.detail, event.remoteAddr);
    }

    public String actionKey() {
        return "admin.audit.action." + action;
    }
}
