package org.ramsc.prescreen.faq;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "entry_id", nullable = false)
    public UUID entryId;

    @Column(nullable = false)
    public String lang;

    @Column(nullable = false)
    public String question;

    @Column(name = "answer_markdown", nullable = false)
    public String answerMarkdown;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "restored_from")
    public UUID restoredFrom;
}
