package org.ramsc.prescreen.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's time zone ({@code app.time-zone}), read here only: the staff and admin pages, their
 * date filters and the patient's printout all show dates in it, so that no two pages disagree on
 * what day something happened.
 */
@ApplicationScoped
public class ClinicTimeZone {

    private final ZoneId zone;

    public ClinicTimeZone(@ConfigProperty(name = "app.time-zone") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId get() {
        return zone;
    }
}
