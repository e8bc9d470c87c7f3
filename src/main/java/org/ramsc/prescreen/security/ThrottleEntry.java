package org.ramsc.prescreen.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed sign-ins counted under one key: an account name's hash or a remote address. */
@Entity
@Table(name = "login_throttle")
public class ThrottleEntry extends PanacheEntityBase {

    @Id
    public String key;

    public int failures;
    public Instant lastFailureAt;
    public Instant lockedUntil;

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
