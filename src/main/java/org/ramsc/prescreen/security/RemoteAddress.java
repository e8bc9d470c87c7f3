package org.ramsc.prescreen.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
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

    private static volatile TrustedProxies atStart;

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

    /**
     * The proxies as the app read them when it started ({@link ReadAtStart}); read from the config
     * when nothing started the app, as in a test without Quarkus. Reading the config on every
     * request cost 1.2 % of a patient journey's profile.
     */
    private static TrustedProxies trustedProxies() {
        TrustedProxies current = atStart;
        return current != null ? current : fromConfig();
    }

    private static TrustedProxies fromConfig() {
        return TrustedProxies.parse(ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, String.class).orElse(""));
    }

    /**
     * Reads {@code app.trusted-proxies} at each start of the app and forgets it at each stop, so that
     * a restart with other settings in the same JVM (a test profile) never sees the old ones.
     * A request that arrives before the start's observers ran reads the config itself.
     */
    @Singleton
    static class ReadAtStart {
        void read(@Observes StartupEvent start) {
            atStart = fromConfig();
        }

        void forget(@Observes ShutdownEvent stop) {
            atStart = null;
        }
    }
}
