package org.ramsc.prescreen.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.ramsc.prescreen.web.ServerKey;

/**
 * Two-step sign-in: setting up a key (QR code and typed key, confirmed by a first code), checking
 * the code at sign-in, ten single-use recovery codes, and the admin reset. Wrong codes are counted
 * per account like wrong passwords: after {@code app.mfa.max-failures} in a row, codes are refused
 * for {@code app.mfa.lock-duration}.
 */
@ApplicationScoped
public class TwoStepService {

    static final String ISSUER = "RA-MSC Prescreen";
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The outcome of a code typed at sign-in. */
    public enum Check { ACCEPTED, WRONG, PAUSED }

    /** What the set-up page shows: the QR code and the same key to type. */
    public record Enrolment(String qrDataUri, String groupedKey, String otpauthUri) {
    }

    @Inject SecretBox box;
    @Inject ServerKey serverKey;
    @Inject AuditLog audit;
    @Inject StaffSessions sessions;
    @Inject TwoStepConfig config;

    @Transactional
    public boolean enrolled(UUID accountId) {
        return TwoStepKey.<TwoStepKey>findByIdOptional(accountId).map(TwoStepKey::enrolled).orElse(false);
    }

    /** The key being set up, made on the first visit and kept until confirmed, so a reload shows the same. */
    @Transactional
    public Enrolment startEnrolment(UUID accountId, String username) {
        TwoStepKey row = row(accountId);
        if (row.pendingSecret == null) {
            row.pendingSecret = box.seal(Totp.newKey());
        }
        String key = box.open(row.pendingSecret);
        String uri = "otpauth://totp/" + encode(ISSUER + ":" + username) + "?secret=" + key + "&issuer="
                + encode(ISSUER) + "&algorithm=SHA1&digits=6&period=30";
        return new Enrolment(QrSvg.dataUri(uri), Totp.grouped(key), uri);
    }

    /** Confirms the set-up with a first code; returns the recovery codes (shown once) or empty if wrong. */
    @Transactional
    public Optional<List<String>> confirmEnrolment(UUID accountId, String username, String code, String address) {
        TwoStepKey row = row(accountId);
        if (row.pendingSecret == null || paused(row, Instant.now())) {
            return Optional.empty();
        }
        String key = box.open(row.pendingSecret);
        OptionalLong step = Totp.matchingStep(key, code, Instant.now(), row.lastStep);
        if (step.isEmpty()) {
            fail(row, username, address, "wrong one-time code while setting up two-step sign-in");
            return Optional.empty();
        }
        row.secret = row.pendingSecret;
        row.pendingSecret = null;
        row.enrolledAt = Instant.now();
        row.lastStep = step.getAsLong();
        row.failures = 0;
        row.lockedUntil = null;
        List<String> codes = newRecoveryCodes(accountId);
        audit.record(username, AuditLog.ACCOUNT_CHANGED, "account", accountId.toString(),
                "two-step sign-in set up", address);
        return Optional.of(codes);
    }

    /** Checks a one-time code or a recovery code typed at sign-in. */
    @Transactional
    public Check verify(UUID accountId, String username, String typed, String address) {
        TwoStepKey row = TwoStepKey.findById(accountId);
        if (row == null || !row.enrolled()) {
            return Check.WRONG;
        }
        Instant now = Instant.now();
        if (paused(row, now)) {
            audit.record(username, AuditLog.LOGIN_FAILURE, "account", accountId.toString(),
                    "one-time code refused: paused after wrong codes", address);
            return Check.PAUSED;
        }
        OptionalLong step = Totp.matchingStep(box.open(row.secret), typed, now, row.lastStep);
        if (step.isPresent()) {
            row.lastStep = step.getAsLong();
            row.failures = 0;
            return Check.ACCEPTED;
        }
        if (useRecoveryCode(accountId, typed)) {
            row.failures = 0;
            audit.record(username, AuditLog.ACCOUNT_CHANGED, "account", accountId.toString(),
                    "recovery code used", address);
            return Check.ACCEPTED;
        }
        fail(row, username, address, "wrong one-time code");
        return paused(row, now) ? Check.PAUSED : Check.WRONG;
    }

    /** The admin reset: the key and the recovery codes go, every session ends, the person sets it up again. */
    @Transactional
    public void reset(Actor actor, UUID accountId) {
        TwoStepKey.deleteById(accountId);
        RecoveryCode.delete("accountId", accountId);
        sessions.endAll(accountId);
        audit.record(actor, AuditLog.ACCOUNT_CHANGED, "account", accountId.toString(), "two-step sign-in reset");
    }

    @Transactional
    public long recoveryCodesLeft(UUID accountId) {
        return RecoveryCode.count("accountId", accountId);
    }

    private List<String> newRecoveryCodes(UUID accountId) {
        RecoveryCode.delete("accountId", accountId);
        List<String> codes = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            String plain = code.substring(0, 5) + "-" + code.substring(5);
            RecoveryCode row = new RecoveryCode();
            row.accountId = accountId;
            row.codeHash = recoveryHash(accountId, plain);
            row.createdAt = now;
            row.persist();
            codes.add(plain);
        }
        return codes;
    }

    private boolean useRecoveryCode(UUID accountId, String typed) {
        if (typed == null || typed.length() > 40) {
            return false;
        }
        return RecoveryCode.delete("accountId = ?1 and codeHash = ?2", accountId, recoveryHash(accountId, typed)) > 0;
    }

    String recoveryHash(UUID accountId, String code) {
        String normalised = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return serverKey.hmacHex("recovery-code", accountId + ":" + normalised);
    }

    private void fail(TwoStepKey row, String username, String address, String reason) {
        row.failures++;
        if (row.failures >= config.maxFailures()) {
            row.lockedUntil = Instant.now().plus(config.lockDuration());
        }
        audit.record(username, AuditLog.LOGIN_FAILURE, "account", row.accountId.toString(), reason, address);
    }

    private static boolean paused(TwoStepKey row, Instant now) {
        return row.lockedUntil != null && row.lockedUntil.isAfter(now);
    }

    private static TwoStepKey row(UUID accountId) {
        TwoStepKey row = TwoStepKey.findById(accountId);
        if (row == null) {
            row = new TwoStepKey();
            row.accountId = accountId;
            row.persist();
        }
        return row;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
