package org.ramsc.prescreen.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Server-side staff sessions in PostgreSQL, shared by every instance. A session ends when its
 * person signs out, when it has been idle for {@code app.session.idle-timeout}, when it is older
 * than {@code app.session.max-age} however busy, and when the account is disabled or its password
 * is changed or reset.
 */
@ApplicationScoped
public class StaffSessions {

    /** "Last seen" is written at most this often, so that a busy page is not a write per request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject TwoStepPolicy twoStepPolicy;
    @Inject SessionConfig config;

    /** A live session and the account behind it, as read for this request. */
    public record Active(UUID sessionId, UUID accountId, String stage, SignedIn signedIn, boolean mustEnrol) {

        public boolean secondStepPending() {
            return StaffSession.SECOND_STEP.equals(stage);
        }
    }

    /** One session as the admin page lists it. */
    public record Listed(UUID id, String username, Instant createdAt, Instant lastSeenAt, String clientAddress) {
    }

    /** Starts a session and returns the value for the cookie (256 random bits, base64url). */
    @Transactional
    public String start(UUID accountId, String stage, String address) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        StaffSession session = new StaffSession();
        session.id = UUID.randomUUID();
        session.tokenHash = hash(token);
        session.accountId = accountId;
        session.stage = stage;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.clientAddress = address;
        session.persist();
        return token;
    }

    /** The session behind a cookie value, if it is still alive and its account enabled. */
    @Transactional
    public Optional<Active> resolve(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Optional<StaffSession> found = StaffSession.find("tokenHash", hash(token)).firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffSession session = found.get();
        Instant now = Instant.now();
        if (expired(session, now)) {
            session.delete();
            return Optional.empty();
        }
        Optional<Account> account = Account.<Account>findByIdOptional(session.accountId).filter(a -> a.enabled);
        if (account.isEmpty()) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            session.lastSeenAt = now;
        }
        boolean mustEnrol = twoStepPolicy.requiredFor(account.get())
                && !TwoStepKey.<TwoStepKey>findByIdOptional(session.accountId).map(TwoStepKey::enrolled).orElse(false);
        return Optional.of(new Active(session.id, session.accountId, session.stage, SignedIn.of(account.get()),
                mustEnrol));
    }

    /** Ends the session behind a cookie value (signing out); returns whether there was one. */
    @Transactional
    public boolean end(String token) {
        return token != null && StaffSession.delete("tokenHash", hash(token)) > 0;
    }

    /** Ends one session by its id (the admin page); returns the account it belonged to. */
    @Transactional
    public Optional<UUID> endById(UUID id) {
        Optional<StaffSession> session = StaffSession.findByIdOptional(id);
        session.ifPresent(StaffSession::delete);
        return session.map(s -> s.accountId);
    }

    /** Ends every session of an account (disabled, or its password reset by an admin). */
    @Transactional(Transactional.TxType.REQUIRED)
    public long endAll(UUID accountId) {
        return StaffSession.delete("accountId", accountId);
    }

    /** Ends every session of an account but {@code keep} (the one that changed the password). */
    @Transactional(Transactional.TxType.REQUIRED)
    public long endOthers(UUID accountId, UUID keep) {
        return keep == null ? endAll(accountId) : StaffSession.delete("accountId = ?1 and id <> ?2", accountId, keep);
    }

    /** The live sessions, most recently active first. */
    @Transactional
    public List<Listed> list() {
        Instant now = Instant.now();
        return StaffSession.getEntityManager()
                .createQuery("select s, a.username from StaffSession s, Account a where a.id = s.accountId"
                        + " order by s.lastSeenAt desc", Object[].class)
                .getResultStream()
                .filter(row -> !expired((StaffSession) row[0], now))
                .map(row -> {
                    StaffSession s = (StaffSession) row[0];
                    return new Listed(s.id, (String) row[1], s.createdAt, s.lastSeenAt, s.clientAddress);
                })
                .toList();
    }

    /** Removes rows of sessions that have run out, on every instance (a delete is harmless twice). */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteExpired() {
        Instant now = Instant.now();
        StaffSession.delete("lastSeenAt < ?1 or createdAt < ?2", now.minus(config.idleTimeout()), now.minus(config.maxAge()));
    }

    private boolean expired(StaffSession session, Instant now) {
        return session.lastSeenAt.plus(config.idleTimeout()).isBefore(now) || session.createdAt.plus(config.maxAge()).isBefore(now);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
