package org.ramsc.prescreen.screening;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ramsc.prescreen.submission.Contact;

/**
 * The "send to the clinic" form: consent, a name, and a phone number or e-mail address.
 * Validation returns a message key per field, so the page can show each next to its field.
 */
public record ContactForm(boolean consent, String name, String phone, String email, String contactTime) {

    public static final List<String> CONTACT_TIMES = List.of("any", "morning", "afternoon", "evening");
    /** Bumped whenever the consent text changes, so each submission records what was agreed to. */
    public static final String CONSENT_VERSION = "1";

    /**
     * A field people neither see nor reach with the keyboard (send.html): whatever fills it in is
     * a script, and its send is quietly refused.
     */
    public static final String HONEYPOT = "website";

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,24}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public static ContactForm from(Map<String, List<String>> form) {
        return new ContactForm("yes".equals(first(form, "consent")), clean(first(form, "name")),
                clean(first(form, "phone")), clean(first(form, "email")), clean(first(form, "contactTime")));
    }

    /** What is stored with the submission: empty fields as absent. */
    public Contact contact() {
        return new Contact(name, phone.isEmpty() ? null : phone, email.isEmpty() ? null : email,
                contactTime.isEmpty() ? null : contactTime, CONSENT_VERSION);
    }

    /** Field → message key, in the order the fields appear on the page. Empty when all is well. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!consent) {
            problems.put("consent", "screening.send.error.consent");
        }
        if (name.isEmpty()) {
            problems.put("name", "screening.send.error.name");
        } else if (name.length() > 100) {
            problems.put("name", "screening.send.error.name_long");
        }
        if (phone.isEmpty() && email.isEmpty()) {
            problems.put("phone", "screening.send.error.contact");
        }
        if (!phone.isEmpty() && !validPhone(phone)) {
            problems.put("phone", "screening.send.error.phone");
        }
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.put("email", "screening.send.error.email");
        }
        if (!contactTime.isEmpty() && !CONTACT_TIMES.contains(contactTime)) {
            problems.put("contactTime", "validation.unknown_code");
        }
        return problems;
    }

    private static boolean validPhone(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        return PHONE.matcher(phone).matches() && digits >= 6 && digits <= 15;
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** Full-width characters from Chinese input methods become ASCII; whitespace is trimmed. */
    private static String clean(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    }
}
