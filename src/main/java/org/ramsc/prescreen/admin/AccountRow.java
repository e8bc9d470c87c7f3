package org.ramsc.prescreen.admin;

import org.ramsc.prescreen.security.Account;

/** One account as the admin list shows it. */
public record AccountRow(String id, String username, boolean admin, boolean enabled, boolean mustChangePassword,
        String lastLogin, int failedLogins, boolean self) {

    static AccountRow of(Account account, AdminTime time, String currentUser) {
        return new AccountRow(account.id.toString(), account.username, account.isAdmin(), account.enabled,
                account.mustChangePassword, time.show(account.lastLoginAt), account.failedLogins,
                account.username.equals(currentUser));
    }

    public String roleKey() {
        return admin ? "admin.users.role.admin" : "admin.users.role.staff";
    }
}
