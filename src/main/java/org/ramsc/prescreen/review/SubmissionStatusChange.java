package org.ramsc.prescreen.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step of a submission's status history. */
@Entity
@Table(name = "submission_status_change")
public class SubmissionStatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID submissionId;
    public String fromStatus;
    public String toStatus;
    public String changedBy;
    public Instant changedAt;

    public static List<SubmissionStatusChange> of(UUID submissionId) {
        return list("submissionId = ?1 order by changedAt, id", submissionId);
    }
}
