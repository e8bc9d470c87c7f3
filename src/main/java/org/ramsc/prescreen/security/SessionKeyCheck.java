package org.ramsc.prescreen.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stops a production start without a strong {@code APP_SESSION_KEY}, the installation secret that
 * keys CSRF tokens, log ids and stored one-time-code keys ({@link ServerKey}); every instance needs
 * the same one.
 */
@ApplicationScoped
public class SessionKeyCheck {

    static final String KEY = ServerKey.CONFIG_KEY;
    /** As Quarkus demanded of its session encryption key, which this key used to be. */
    static final int MIN_LENGTH = 17;

    private final Optional<String> key;

    public SessionKeyCheck(@ConfigProperty(name = KEY) Optional<String> key) {
        this.key = key;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            problem(key).ifPresent(problem -> {
                throw new IllegalStateException(problem);
            });
        }
    }

    static Optional<String> problem(Optional<String> key) {
        if (key.isEmpty() || key.get().isBlank()) {
            return Optional.of("APP_SESSION_KEY is not set. Set it to the same random value (at least "
                    + MIN_LENGTH + " characters, e.g. from `openssl rand -base64 32`) on every instance.");
        }
        if (key.get().length() < MIN_LENGTH) {
            return Optional.of("APP_SESSION_KEY is too short: use at least " + MIN_LENGTH + " random characters.");
        }
        return Optional.empty();
    }
}
