package org.ramsc.prescreen.security;

import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The client's address for throttling and the audit trail. Behind a reverse proxy it is the
 * forwarded one only when {@code quarkus.http.proxy.*} trusts that proxy, so a client cannot pick
 * its own address with a header.
 */
public final class RemoteAddress {

    private RemoteAddress() {
    }

    public static String of(RoutingContext context) {
        if (context == null) {
            return null;
        }
        SocketAddress address = context.request().remoteAddress();
        return address == null ? null : address.host();
    }

    static String of(AuthenticationRequest request) {
        return of(HttpSecurityUtils.getRoutingContextAttribute(request));
    }
}
