package org.ramsc.prescreen.screening;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How patients reach the clinic ({@code app.clinic.*}): shown on the sent page (and the printable
 * copy), so that a patient who has sent their answers knows whom to call, when, and where to go.
 * A detail left unset is simply not shown.
 */
@ApplicationScoped
public class ClinicContact {

    private final String name;
    private final String phone;
    private final String hours;
    private final String address;
    private final int replyWorkingDays;

    public ClinicContact(ClinicContactConfig config) {
        this.name = config.name().map(String::strip).orElse("");
        this.phone = config.phone().map(String::strip).orElse("");
        this.hours = config.hours().map(String::strip).orElse("");
        this.address = config.address().map(String::strip).orElse("");
        this.replyWorkingDays = config.replyWorkingDays();
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    /** The number as a tel: link target: digits and a leading plus only. */
    public String phoneHref() {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    public String hours() {
        return hours;
    }

    public String address() {
        return address;
    }

    /** Within how many working days the clinic contacts a patient who has sent their answers. */
    public int replyWorkingDays() {
        return replyWorkingDays;
    }

    public boolean any() {
        return !(name.isEmpty() && phone.isEmpty() && hours.isEmpty() && address.isEmpty());
    }
}
