package org.ramsc.prescreen.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the clinic is: staff see times, and filter by dates, in its time zone. The same setting
 * as the admin pages ({@code app.time-zone}), so that one page never disagrees with another.
 */
@ApplicationScoped
public class ClinicConfig {

    private final ZoneId zone;

    public ClinicConfig(@ConfigProperty(name = "app.time-zone") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId timeZone() {
        return zone;
    }
}
