package org.ramsc.prescreen.security;

import java.util.Set;

/** Who is signed in, as the security identity needs it. */
public record SignedIn(String username, Set<String> roles, boolean mustChangePassword) {

    static SignedIn of(Account account) {
        return new SignedIn(account.username, Set.copyOf(account.roleList()), account.mustChangePassword);
    }
}
