package org.ramsc.prescreen.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One signed-in browser. The cookie value itself is never stored, only its SHA-256. */
@Entity
@Table(name = "staff_session")
public class StaffSession extends PanacheEntityBase {

    public static final String COMPLETE = "complete";
    /** The password was right; the one-time code is still due. */
    public static final String SECOND_STEP = "second_step";

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String stage;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "client_address")
    public String clientAddress;
}
