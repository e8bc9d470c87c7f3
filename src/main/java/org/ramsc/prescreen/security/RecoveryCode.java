package org.ramsc.prescreen.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One unused recovery code, as its keyed hash; using it deletes the row. */
@Entity
@Table(name = "recovery_code")
@IdClass(RecoveryCode.Key.class)
public class RecoveryCode extends PanacheEntityBase {

    @Id
    public UUID accountId;

    @Id
    public String codeHash;

    public Instant createdAt;

    public static class Key implements Serializable {
        public UUID accountId;
        public String codeHash;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && Objects.equals(codeHash, k.codeHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, codeHash);
        }
    }
}
