package org.ramsc.prescreen.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The staff_session rows of an account, for tests that age a session or look at what is stored. */
@ApplicationScoped
public class SessionRows {

    private final EntityManager em;

    public SessionRows(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<StaffSession> of(String username) {
        UUID account = Account.findByUsername(username).orElseThrow().id;
        return StaffSession.list("accountId", account);
    }

    /** Moves the start of every session of the account back, as if it had begun that long ago. */
    @Transactional
    public void startedAgo(String username, Duration ago) {
        em.createNativeQuery("update staff_session set created_at = ?1 where account_id = ?2")
                .setParameter(1, Instant.now().minus(ago))
                .setParameter(2, Account.findByUsername(username).orElseThrow().id).executeUpdate();
    }

    /** Moves the last request of every session of the account back. */
    @Transactional
    public void lastSeenAgo(String username, Duration ago) {
        em.createNativeQuery("update staff_session set last_seen_at = ?1 where account_id = ?2")
                .setParameter(1, Instant.now().minus(ago))
                .setParameter(2, Account.findByUsername(username).orElseThrow().id).executeUpdate();
    }

    @Transactional
    public long countWithHash(String tokenHash) {
        return StaffSession.count("tokenHash", tokenHash);
    }
}
