package org.ramsc.prescreen.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time codes as every authenticator app makes them: HMAC-SHA1, six digits,
 * 30-second steps. A code is accepted for the step before and after the current one (clock drift),
 * and never for a step at or before the last one accepted, so that a code seen over a shoulder
 * cannot be used again.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private Totp() {
    }

    /** A new 160-bit key, base32 (the length RFC 4226 recommends). */
    public static String newKey() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return Base32.encode(key);
    }

    public static long step(Instant at) {
        return at.getEpochSecond() / STEP.getSeconds();
    }

    /** The code for {@code base32Key} at {@code at}: what the person's app shows. */
    public static String code(String base32Key, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(Base32.decode(base32Key), "HmacSHA1"), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time step whose code {@code typed} is, if it is one of now's neighbours and newer than {@code after}. */
    public static OptionalLong matchingStep(String base32Key, String typed, Instant now, Long after) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if ((after == null || step > after)
                    && java.security.MessageDigest.isEqual(code(base32Key, Instant.ofEpochSecond(step * STEP.getSeconds()))
                            .getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The key in groups of four, as people read it into an app by hand. */
    public static String grouped(String base32Key) {
        return base32Key.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
