package org.ramsc.prescreen.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Per-address limits for patients ({@code app.limits.*}); see {@link PatientLimits}. */
@ConfigMapping(prefix = "app.limits")
public interface LimitsConfig {

    /** The length of one counting window. */
    @WithDefault("PT1H")
    Duration window();

    /** New drafts (first steps saved without a live draft) one address may start per window. */
    @WithDefault("60")
    int draftsPerWindow();

    /** Submissions one address may send per window. */
    @WithDefault("10")
    int sendsPerWindow();

    /** This many sends or more from one address within {@link #burstWindow()} are marked as a burst in the queue. */
    @WithDefault("3")
    int burstSends();

    @WithDefault("PT10M")
    Duration burstWindow();
}
