package org.ramsc.prescreen.faq;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A saved version of an entry's text in one language. The newest one is the draft. Never changed. */
@Entity
@Table(name = "faq_revision")
public class FaqRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID entryId;
    public String lang;
    public String question;
    public String answerMarkdown;
    public String author;
    public Instant createdAt;
    public UUID restoredFrom;
}
