package org.ramsc.prescreen.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ramsc.prescreen.web.ServerKey;

/**
 * The one rule for the installation secret ({@code APP_SESSION_KEY}, config {@code app.session-key}),
 * which keys CSRF tokens, log ids and stored one-time-code keys ({@link ServerKey}): at least
 * {@link #MIN_LENGTH} characters and not one of the examples from the README, compose file or
 * Kubernetes Secret. With the embedded database {@code Main} generates one on first start; with an
 * external database every instance must be given the same one, and {@code Main} stops a start
 * without it in one line. This check is the backstop for any other way of starting the app.
 */
@ApplicationScoped
public class SessionKeyCheck {

    static final String KEY = ServerKey.CONFIG_KEY;
    /** 32 characters of `openssl rand -base64 32` output carry about 190 bits. */
    public static final int MIN_LENGTH = 32;
    /** Parts of the placeholders that the examples show; a key containing one was copied, not generated. */
    private static final List<String> PLACEHOLDERS = List.of("replace", "random-characters", "random characters",
            "changeme", "change-me", "not-a-secret", "example");

    @Inject @ConfigProperty(name = KEY) Optional<String> key;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            problem(key).ifPresent(problem -> {
                throw new IllegalStateException(problem);
            });
        }
    }

    public static Optional<String> problem(Optional<String> key) {
        if (key.isEmpty() || key.get().isBlank()) {
            return Optional.of("APP_SESSION_KEY is not set. With an external database every instance needs the same"
                    + " random key of at least " + MIN_LENGTH + " characters: APP_SESSION_KEY=\"$(openssl rand -base64 32)\".");
        }
        if (key.get().length() < MIN_LENGTH) {
            return Optional.of("APP_SESSION_KEY is too short: use at least " + MIN_LENGTH
                    + " random characters, e.g. APP_SESSION_KEY=\"$(openssl rand -base64 32)\".");
        }
        String lower = key.get().toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.stream().anyMatch(lower::contains)) {
            return Optional.of("APP_SESSION_KEY is the example from the documentation, not a secret: generate one"
                    + " with APP_SESSION_KEY=\"$(openssl rand -base64 32)\".");
        }
        return Optional.empty();
    }
}
