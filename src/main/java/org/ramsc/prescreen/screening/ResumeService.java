package org.ramsc.prescreen.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.ramsc.prescreen.web.ServerKey;

/**
 * Codes that carry a draft to another device. The database holds the code's keyed hash (to find
 * the draft) and the draft token encrypted under a key derived from the code and the installation
 * secret (to give the new device the same token). Wrong codes are counted per client address in
 * PostgreSQL; an address that reaches the limit is refused, right code or not, until its lock ends.
 */
@ApplicationScoped
public class ResumeService {

    private static final String HASH_PURPOSE = "resume-code";
    private static final String KEY_PURPOSE = "resume-token-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject ServerKey serverKey;
    @Inject EntityManager em;
    @Inject ResumeConfig config;

    /**
     * A new code for the draft of this token, replacing any earlier one; empty when the token has
     * no live draft. The code is returned once and kept nowhere.
     */
    @Transactional
    public Optional<String> createCode(String token) {
        if (!DraftToken.isWellFormed(token)) {
            return Optional.empty();
        }
        Optional<Draft> draft = Draft.findLiveForUpdate(DraftToken.hash(token), Instant.now());
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        String code = ResumeCode.generate();
        store(draft.get(), code, token);
        return Optional.of(code);
    }

    /** What a resume attempt came to. */
    public sealed interface Attempt {
        /** The draft's token for this device (the old one, or a new one that ended the old device's access). */
        record Resumed(String token) implements Attempt {
        }

        record WrongCode() implements Attempt {
        }

        record Locked() implements Attempt {
        }
    }

    /**
     * Looks the code up for a client address. With {@code endOtherDevices} the draft gets a new
     * token, so that every cookie holding the old one finds nothing any more; the code stays valid.
     */
    @Transactional
    public Attempt resume(String typed, String address, boolean endOtherDevices) {
        Instant now = Instant.now();
        String key = address == null ? "unknown" : address;
        if (locked(key, now)) {
            return new Attempt.Locked();
        }
        Optional<String> code = ResumeCode.normalize(typed);
        Optional<Object[]> row = code.flatMap(c -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT r.draft_id, r.encrypted_token FROM resume_code r "
                            + "JOIN draft d ON d.id = r.draft_id WHERE r.code_hash = ?1 AND d.expires_at > ?2")
                    .setParameter(1, codeHash(c)).setParameter(2, now).getResultList();
            return rows.stream().findFirst();
        });
        if (row.isEmpty()) {
            recordFailure(key, now);
            return locked(key, now) ? new Attempt.Locked() : new Attempt.WrongCode();
        }
        String token = decrypt(code.get(), (String) row.get()[1]);
        if (!endOtherDevices) {
            return new Attempt.Resumed(token);
        }
        Draft draft = Draft.findById(row.get()[0], jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        String fresh = DraftToken.generate();
        draft.tokenHash = DraftToken.hash(fresh);
        draft.updatedAt = now;
        store(draft, code.get(), fresh);
        return new Attempt.Resumed(fresh);
    }

    private void store(Draft draft, String code, String token) {
        em.createNativeQuery("DELETE FROM resume_code WHERE draft_id = ?1").setParameter(1, draft.id).executeUpdate();
        em.createNativeQuery("INSERT INTO resume_code (code_hash, draft_id, encrypted_token, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, codeHash(code)).setParameter(2, draft.id).setParameter(3, encrypt(code, token))
                .setParameter(4, Instant.now()).executeUpdate();
    }

    private boolean locked(String address, Instant now) {
        Number count = (Number) em.createNativeQuery(
                        "SELECT count(*) FROM resume_attempt WHERE address = ?1 AND locked_until > ?2")
                .setParameter(1, address).setParameter(2, now).getSingleResult();
        return count.longValue() > 0;
    }

    /** One statement, so that two instances counting the same address cannot lose a failure. */
    private void recordFailure(String address, Instant now) {
        em.createNativeQuery("""
                INSERT INTO resume_attempt (address, failures, first_failure_at) VALUES (?1, 1, ?2)
                ON CONFLICT (address) DO UPDATE SET
                    failures = CASE WHEN resume_attempt.first_failure_at < ?3 THEN 1 ELSE resume_attempt.failures + 1 END,
                    first_failure_at = CASE WHEN resume_attempt.first_failure_at < ?3 THEN ?2
                                            ELSE resume_attempt.first_failure_at END,
                    locked_until = CASE WHEN resume_attempt.first_failure_at >= ?3
                                             AND resume_attempt.failures + 1 >= ?4 THEN ?5
                                        ELSE resume_attempt.locked_until END
                """)
                .setParameter(1, address).setParameter(2, now).setParameter(3, now.minus(config.lockDuration()))
                .setParameter(4, config.maxFailuresPerAddress()).setParameter(5, now.plus(config.lockDuration())).executeUpdate();
    }

    @io.quarkus.scheduler.Scheduled(every = "1h", delayed = "7m",
            concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldFailures() {
        Instant cutoff = Instant.now().minus(config.lockDuration());
        em.createNativeQuery("DELETE FROM resume_attempt WHERE first_failure_at < ?1 "
                + "AND (locked_until IS NULL OR locked_until < ?1)").setParameter(1, cutoff).executeUpdate();
    }

    private String codeHash(String code) {
        return serverKey.hmacHex(HASH_PURPOSE, code);
    }

    private SecretKeySpec keyFor(String code) {
        return new SecretKeySpec(Base64.getUrlDecoder().decode(serverKey.hmacBase64(KEY_PURPOSE, code)), "AES");
    }

    private String encrypt(String code, String token) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keyFor(code), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has AES-GCM", e);
        }
    }

    private String decrypt(String code, String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keyFor(code), new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("resume token does not decrypt under its own code", e);
        }
    }
}
