package org.ramsc.prescreen.screening;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How wrong resume codes from one client address lock it (see {@link ResumeService}). */
@ConfigMapping(prefix = "app.resume")
public interface ResumeConfig {

    /** Wrong codes from one address before it is locked. */
    int maxFailuresPerAddress();

    /** How long the lock lasts; failures older than this are forgotten. */
    Duration lockDuration();
}
