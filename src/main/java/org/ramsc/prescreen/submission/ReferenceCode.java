package org.ramsc.prescreen.submission;

import java.security.SecureRandom;

/**
 * The code a patient quotes on the phone: 8 characters from an alphabet without 0/O and 1/I, so
 * that it can be read aloud and typed back without confusion. 32^8 ≈ 10^12 codes.
 */
public final class ReferenceCode {

    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceCode() {
    }

    public static String generate() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** Shown in two groups of four, the way people read numbers out. */
    public static String grouped(String code) {
        return code.substring(0, 4) + " " + code.substring(4);
    }

    /** Reads what someone typed: any case, spaces and dashes ignored. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
