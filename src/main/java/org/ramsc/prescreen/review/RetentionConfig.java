package org.ramsc.prescreen.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long sent submissions are kept, and how the scheduled deletion works through them. */
@ConfigMapping(prefix = "app.retention")
public interface RetentionConfig {

    /** Submissions older than this are deleted. */
    @WithDefault("P365D")
    Duration period();

    /** How often the deletion runs ({@code off} turns it off, as in tests). */
    @WithDefault("1h")
    String every();

    /** Rows deleted per transaction, so that a large backlog never holds long locks. */
    @WithDefault("500")
    int batchSize();
}
