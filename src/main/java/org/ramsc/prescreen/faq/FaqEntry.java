package org.ramsc.prescreen.faq;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One question of the FAQ: its place in the list and whether the public sees it. */
@Entity
@Table(name = "faq_entry")
public class FaqEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The anchor on the public page; stable once created, so that links to it keep working. */
    public String slug;
    public int position;
    public boolean published;
    public Instant createdAt;
    public Instant updatedAt;
}
