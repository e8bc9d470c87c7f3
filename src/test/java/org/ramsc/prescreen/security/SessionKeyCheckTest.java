package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionKeyCheckTest {

    @Test
    void refusesAMissingOrShortSessionKey() {
        assertThat(SessionKeyCheck.problem(Optional.empty())).get().asString().contains("APP_SESSION_KEY is not set");
        assertThat(SessionKeyCheck.problem(Optional.of("  "))).isPresent();
        assertThat(SessionKeyCheck.problem(Optional.of("sixteen-chars-16"))).get().asString().contains("too short");
        assertThat(SessionKeyCheck.problem(Optional.of("k2W9x0cF1rQy8ZpL3vTn6mBa0123456"))).as("31 characters")
                .get().asString().contains("at least 32");
    }

    @Test
    void refusesTheExamplesFromTheReadmeComposeAndKubernetesFiles() {
        for (String example : new String[] {"32-or-more-random-characters....", "REPLACE-with-32-random-characters",
                "dev-and-test-only-not-a-secret-4b1d7e-and-some-more"}) {
            assertThat(SessionKeyCheck.problem(Optional.of(example + "x".repeat(32)))).as(example).isPresent();
        }
    }

    @Test
    void acceptsALongKey() {
        assertThat(SessionKeyCheck.problem(Optional.of("k2W9x0cF1rQy8ZpL3vTn6mBa+7hJd4sE/Ug="))).isEmpty();
    }
}
