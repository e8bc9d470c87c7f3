package org.ramsc.prescreen.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is signed in: the actor of audit rows, and the staff navigation's menu. */
@RequestScoped
public class StaffContext {

    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    @Inject SecurityIdentity identity;
    @Inject RoutingContext request;

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
