package org.ramsc.prescreen.security;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Two-step sign-in: who must set it up, and how wrong codes pause code entry. */
@ConfigMapping(prefix = "app.mfa")
public interface TwoStepConfig {

    /** {@code admins}, {@code all} or {@code off} ({@code APP_MFA_REQUIRED}); see {@link TwoStepPolicy}. */
    String required();

    /** Wrong codes in a row before code entry is paused. */
    int maxFailures();

    /** How long code entry stays paused. */
    Duration lockDuration();
}
