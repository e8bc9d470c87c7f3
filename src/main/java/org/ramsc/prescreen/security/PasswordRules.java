package org.ramsc.prescreen.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What a new password must be: long rather than complicated (NIST SP 800-63B), not the account
 * name, not one of the passwords that attackers try first, and hard to guess by zxcvbn's estimate
 * (which catches {@code Password1234!} and {@code Summer2026!!}). Returns the message key of the
 * first problem, so that the form can show it, in the reader's language, next to the field.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads only the first 72 bytes; a longer password would silently be cut. */
    public static final int MAX_BYTES = 72;

    /** The most common passwords of twelve or more characters in public breach lists, and ours. */
    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890123", "12345678901234", "123456789123", "111111111111",
            "000000000000", "123123123123", "qwertyuiop12", "qwertyuiopas", "qwerty123456",
            "1q2w3e4r5t6y", "1qaz2wsx3edc", "q1w2e3r4t5y6", "zaq12wsxcde3", "asdfghjkl123",
            "password1234", "password123!", "passwordpassword", "password12345", "p@ssw0rd1234",
            "iloveyou1234", "abc123456789", "abcdefghijkl", "abcd12345678", "admin1234567",
            "administrator", "welcome12345", "changeme1234", "letmein12345", "football1234",
            "woaini1314520", "woaini123456", "qq1234567890", "aa1234567890",
            "1234qwerasdf", "qwer1234asdf", "ramscprescreen", "prescreen123", "prescreen1234",
            "admin-demo-1234", "staff-demo-1234");

    /**
     * zxcvbn's score (0-4) a password must reach. 4 means "very unguessable" (about 10^10 guesses
     * or more): 3 would still let {@code Summer2026!!} through.
     */
    public static final int MIN_SCORE = 4;

    /** Words of this site an attacker would try first, besides the account name. */
    private static final List<String> SITE_WORDS = List.of("prescreen", "ramsc", "msc", "rheuma", "clinic",
            "staff", "admin");

    /** Thread-safe: the matchers and dictionaries are read-only once built (which takes a while). */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    /**
     * Makes zxcvbn's feedback give its message key instead of English text, so that we can say
     * why in our own three languages.
     */
    private static final ResourceBundle KEYS_ONLY = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    private PasswordRules() {
    }

    /** The message key of the first rule {@code password} breaks, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("security.password.required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("security.password.too_short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("security.password.too_long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(Account.normalise(username))) {
            return Optional.of("security.password.same_as_username");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
            return Optional.of("security.password.too_common");
        }
        List<String> inputs = new java.util.ArrayList<>(SITE_WORDS);
        if (username != null && !username.isBlank()) {
            inputs.add(Account.normalise(username));
        }
        Strength strength = ZXCVBN.measure(password, inputs);
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of(weakness(strength.getFeedback().withResourceBundle(KEYS_ONLY).getWarning()));
        }
        return Optional.empty();
    }

    /** Our message key for zxcvbn's warning (one of its {@code feedback.*.warning.*} keys, or empty). */
    static String weakness(String zxcvbnWarning) {
        String warning = zxcvbnWarning == null ? "" : zxcvbnWarning;
        if (warning.startsWith("feedback.dictionary.warning.passwords")) {
            return "security.password.weak.common";
        }
        if (warning.startsWith("feedback.dictionary.warning")) {
            return "security.password.weak.words";
        }
        if (warning.startsWith("feedback.spatial")) {
            return "security.password.weak.keyboard";
        }
        if (warning.startsWith("feedback.repeat")) {
            return "security.password.weak.repeat";
        }
        if (warning.startsWith("feedback.sequence")) {
            return "security.password.weak.sequence";
        }
        if (warning.startsWith("feedback.regex") || warning.startsWith("feedback.date")) {
            return "security.password.weak.dates";
        }
        return "security.password.weak.guessable";
    }
}
