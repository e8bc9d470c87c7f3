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
    }

    @Test
    void acceptsALongKey() {
        assertThat(SessionKeyCheck.problem(Optional.of("k2W9x0cF1rQy8ZpL3vTn6mBa"))).isEmpty();
    }
}
