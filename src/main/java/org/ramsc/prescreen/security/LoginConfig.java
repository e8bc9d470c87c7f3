package org.ramsc.prescreen.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many failed sign-ins lock an account name or an address, and for how long. */
@ConfigMapping(prefix = "app.login")
public interface LoginConfig {

    /** Failures in a row for one account name before it is locked. */
    @WithDefault("5")
    int maxFailures();

    /**
     * Failures from one remote address (any names) before it is locked. Raise it when many staff
     * share one public address, so that one person's typing cannot lock out the whole clinic.
     */
    @WithDefault("5")
    int maxFailuresPerAddress();

    /** How long a lock lasts; failures older than this are forgotten. */
    @WithDefault("PT15M")
    Duration lockDuration();
}
