package org.ramsc.prescreen.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

/** Who is signed in: the actor of audit rows, and the staff navigation's menu. */
@RequestScoped
public class StaffContext {

    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    private final SecurityIdentity identity;
    private final RoutingContext request;

    public StaffContext(SecurityIdentity identity, RoutingContext request) {
        this.identity = identity;
        this.request = request;
    }

    /** The audit actor: the principal name (never a display name) and the client's address. */
    public Actor actor() {
        return new Actor(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
                RemoteAddress.of(request));
    }

    public StaffMenu menu() {
        return StaffMenu.of(identity);
    }

    /** The id of the session this request came with, so a list of sessions can mark it as "this one". */
    public Object sessionId() {
        return identity.getAttribute(SessionIdentityProvider.SESSION_ID);
    }
}
