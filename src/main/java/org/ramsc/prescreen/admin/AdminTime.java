package org.ramsc.prescreen.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.ramsc.prescreen.web.ClinicTimeZone;

/** Times on the admin pages, shown and entered in the clinic's time zone. */
@ApplicationScoped
public class AdminTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public AdminTime(ClinicTimeZone zone) {
        this.zone = zone.get();
    }

    public String show(Instant instant) {
        return instant == null ? null : SHOWN.format(instant.atZone(zone));
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public String zoneId() {
        return zone.getId();
    }
}
