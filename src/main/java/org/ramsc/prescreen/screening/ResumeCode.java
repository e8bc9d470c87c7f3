package org.ramsc.prescreen.screening;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code that carries a draft to another device: 12 characters from 29 that cannot be mistaken
 * for one another (no 0/O, 1/I/L, nor U/V), 58.3 bits, read aloud in three groups of four.
 */
public final class ResumeCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    public static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ResumeCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** "ABCD-EFGH-JKMN", as shown and read aloud. */
    public static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /**
     * What was typed, without spaces, dashes or case, with full-width characters from Chinese input
     * methods made ASCII; empty when it cannot be a code.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC)
                .replaceAll("[\\s\\-‐-―－]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** Bits of entropy per code, for the test that holds it to at least 50. */
    static double bits() {
        return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
    }
}
