package org.ramsc.prescreen.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String tokenHash;
    public UUID accountId;
    public String stage;
    public Instant createdAt;
    public Instant lastSeenAt;
    public String clientAddress;
}
