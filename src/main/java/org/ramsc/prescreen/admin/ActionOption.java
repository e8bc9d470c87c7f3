package org.ramsc.prescreen.admin;

import java.util.List;
import org.ramsc.prescreen.security.AuditLog;

/** One choice of the audit page's action filter. */
public record ActionOption(String code) {

    static List<ActionOption> all() {
        return AuditLog.ACTIONS.stream().map(ActionOption::new).toList();
    }

    public String labelKey() {
        return "admin.audit.action." + code;
    }
}
