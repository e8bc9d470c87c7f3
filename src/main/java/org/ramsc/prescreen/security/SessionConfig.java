package org.ramsc.prescreen.security;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How long a staff session lives (see {@link StaffSessions}). */
@ConfigMapping(prefix = "app.session")
public interface SessionConfig {

    /** A session ends this long after sign-in, however busy ({@code APP_SESSION_MAX_AGE}). */
    Duration maxAge();

    /** A session ends after this long without a request. */
    Duration idleTimeout();
}
