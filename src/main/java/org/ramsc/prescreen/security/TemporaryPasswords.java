package org.ramsc.prescreen.security;

import java.security.SecureRandom;

/**
 * Temporary passwords that admins hand out: four groups of four characters that are easy to read
 * aloud and to type (no 0/o, 1/l/i), about 79 bits of randomness. They pass {@link PasswordRules}.
 */
public final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
