package org.ramsc.prescreen.faq;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for FAQ changes made on any instance (the trigger of migration V25 sends them) and drops
 * the cached public page. It keeps one
 * connection of its own (outside the pool, so the pool keeps its full size for requests). While
 * that connection is down a change could be missed, so the cache is also dropped on every
 * (re)connect.
 */
@ApplicationScoped
public class PublicFaqListener {

    private static final Logger LOG = Logger.getLogger(PublicFaqListener.class);
    private static final String CHANNEL = "faq_changed";
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final PublicFaqCache cache;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running = true;
    private Thread thread;

    public PublicFaqListener(PublicFaqCache cache,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::listenUntilStopped, "faq-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listenUntilStopped() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.invalidate();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(10_000);
                    if (received != null && received.length > 0) {
                        cache.invalidate();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.debugf("FAQ change listener reconnects after %s", e.getClass().getSimpleName());
                    cache.invalidate();
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
