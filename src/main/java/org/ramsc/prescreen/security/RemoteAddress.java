package org.ramsc.prescreen.security;

import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The client's address for throttling, limits and the audit trail. Computed here from the
 * connection's peer and {@code X-Forwarded-For} read from the right ({@link TrustedProxies}), not
 * taken from {@code quarkus.http.proxy.*}: Quarkus believes the leftmost entry, which the client
 * writes itself and nginx passes on. Quarkus's forwarding stays on only for
 * {@code X-Forwarded-Proto} (Secure cookies behind a TLS proxy).
 */
public final class RemoteAddress {

    /** Addresses or CIDR ranges of the reverse proxies, comma-separated ({@code APP_TRUSTED_PROXIES}). */
    public static final String CONFIG_KEY = "app.trusted-proxies";

    private static volatile Cached cached;

    private RemoteAddress() {
    }

    public static String of(RoutingContext context) {
        if (context == null) {
            return null;
        }
        HttpServerRequest request = context.request();
        // the connection's peer: request.remoteAddress() is what Quarkus made of the forwarded headers
        SocketAddress peer = request.connection() != null ? request.connection().remoteAddress()
                : request.remoteAddress();
        String host = peer == null ? null : TrustedProxies.normalise(peer.host()).orElse(peer.host());
        return trustedProxies().client(host, request.headers().getAll("X-Forwarded-For"));
    }

    static String of(AuthenticationRequest request) {
        return of(HttpSecurityUtils.getRoutingContextAttribute(request));
    }

    private static TrustedProxies trustedProxies() {
        String list = ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, String.class).orElse("");
        Cached current = cached;
        if (current == null || !current.list.equals(list)) {
            current = new Cached(list, TrustedProxies.parse(list));
            cached = current;
        }
        return current.proxies;
    }

    private record Cached(String list, TrustedProxies proxies) {
    }
}
