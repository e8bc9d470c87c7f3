package org.ramsc.prescreen.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The clinic's contact details as configured ({@code APP_CLINIC_*}); {@link ClinicContact} shows them. */
@ConfigMapping(prefix = "app.clinic")
public interface ClinicContactConfig {

    Optional<String> name();

    Optional<String> phone();

    Optional<String> hours();

    Optional<String> address();

    /** Within how many working days the clinic contacts a patient who has sent their answers. */
    @WithDefault("3")
    int replyWorkingDays();
}
