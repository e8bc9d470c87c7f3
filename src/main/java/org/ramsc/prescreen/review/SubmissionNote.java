package org.ramsc.prescreen.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public UUID submissionId;
    public String author;
    public String body;
    public Instant createdAt;

    public static List<SubmissionNote> of(UUID submissionId) {
        return list("submissionId = ?1 order by createdAt, id", submissionId);
    }
}
