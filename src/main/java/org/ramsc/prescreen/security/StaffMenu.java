package org.ramsc.prescreen.security;

import io.quarkus.security.identity.SecurityIdentity;

/** What the staff navigation shows: who is signed in and whether the admin links apply. */
public record StaffMenu(String username, boolean admin) {

    public static StaffMenu of(SecurityIdentity identity) {
        return new StaffMenu(identity.getPrincipal().getName(), identity.hasRole(Account.ADMIN));
    }
}
