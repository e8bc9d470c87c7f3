package org.ramsc.prescreen.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One row of the audit trail. Immutable: written once, never updated or deleted. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant occurredAt;
    public String actor;
    public String action;
    public String targetType;
    public String targetId;
    public String detail;
    public String remoteAddr;

    /** The submissions a view or export showed (null for rows about other things). */
    @Column(columnDefinition = "uuid[]")
    public UUID[] submissionIds;

    public Integer submissionCount;
}
