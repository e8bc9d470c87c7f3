package org.ramsc.prescreen.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Who hears of new submissions, how often, and whether patients may ask for a confirmation. */
@ConfigMapping(prefix = "app.mail")
public interface MailConfig {

    /** The clinic inbox ({@code APP_CLINIC_NOTIFY_TO}); no notices at all while it is unset. */
    Optional<String> clinicTo();

    /** At most one notice per this period ({@code APP_CLINIC_NOTIFY_EVERY}). */
    @WithDefault("PT15M")
    Duration clinicEvery();

    /** Whether the send form offers a confirmation e-mail with the reference code. */
    @WithDefault("false")
    boolean confirmations();

    /** The site's address as patients and staff reach it, for the link in the notice. */
    Optional<String> publicUrl();

    /** How often the outgoing queues are looked at ({@code off} in tests, which call the jobs). */
    @WithDefault("1m")
    String tick();

    /** Confirmations that could not be sent are given up after this many tries. */
    @WithDefault("12")
    int maxAttempts();
}
