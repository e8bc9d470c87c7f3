package org.ramsc.prescreen.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: long rather than complicated (NIST SP 800-63B), not the account
 * name, and not one of the passwords that attackers try first. Returns the message key of the
 * first problem, so that the form can show it next to the field.
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
        return Optional.empty();
    }
}
