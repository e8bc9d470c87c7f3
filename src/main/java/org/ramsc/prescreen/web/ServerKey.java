package org.ramsc.prescreen.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's secret ({@code APP_SESSION_KEY}, the same on every instance), used to key
 * values that must be unforgeable or unlinkable without it: CSRF tokens, account ids in logs.
 * Each use names its purpose, so that a value made for one purpose is worthless for another.
 */
@ApplicationScoped
public class ServerKey {

    public static final String CONFIG_KEY = "app.session-key";

    private final SecretKeySpec key;

    public ServerKey(@ConfigProperty(name = CONFIG_KEY) String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** HMAC-SHA256 of {@code purpose} and {@code message}, as lower-case hex. */
    public String hmacHex(String purpose, String message) {
        return HexFormat.of().formatHex(hmac(purpose, message));
    }

    /** HMAC-SHA256 of {@code purpose} and {@code message}, base64url without padding (43 characters). */
    public String hmacBase64(String purpose, String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(purpose, message));
    }

    private byte[] hmac(String purpose, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
