package org.ramsc.prescreen.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID accountId;

    public String pendingSecret;
    public String secret;
    public Instant enrolledAt;
    public Long lastStep;
    public int failures;
    public Instant lockedUntil;

    public boolean enrolled() {
        return secret != null && enrolledAt != null;
    }
}
