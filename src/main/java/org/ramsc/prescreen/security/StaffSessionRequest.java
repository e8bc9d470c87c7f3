package org.ramsc.prescreen.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The value of a {@code staff-session} cookie, to be looked up by {@link SessionIdentityProvider}. */
public final class StaffSessionRequest extends BaseAuthenticationRequest {

    private final String token;

    public StaffSessionRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
