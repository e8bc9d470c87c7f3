package org.ramsc.prescreen.submission;

/**
 * How the clinic may reach the patient, as agreed on the send form; {@code null} where the patient
 * left a field empty. {@code consentVersion} names the consent text the patient agreed to.
 */
public record Contact(String name, String phone, String email, String contactTime, String consentVersion) {
}
