package org.ramsc.prescreen.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An account's one-time-code key (encrypted), its replay guard and its wrong-code counter. */
@Entity
@Table(name = "account_two_step")
public class TwoStepKey extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "pending_secret")
    public String pendingSecret;

    public String secret;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Column(name = "last_step")
    public Long lastStep;

    @Column(nullable = false)
    public int failures;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    public boolean enrolled() {
        return secret != null && enrolledAt != null;
    }
}
