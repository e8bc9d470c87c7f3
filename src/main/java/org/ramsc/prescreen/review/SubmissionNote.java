package org.ramsc.prescreen.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A staff member's note on a submission. Notes are added, never edited. */
@Entity
@Table(name = "submission_note")
public class SubmissionNote extends PanacheEntityBase {

    public static final int MAX_LENGTH = 4000;

    @Id
    public UUID id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<SubmissionNote> of(UUID submissionId) {
        return list("submissionId = ?1 order by createdAt, id", submissionId);
    }
}
