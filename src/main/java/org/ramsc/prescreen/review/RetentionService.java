package org.ramsc.prescreen.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.submission.Submission;

/**
 * Deletes submissions once the retention period (the one named in the patient's consent) has
 * passed, with their notes and status history. One audit row per deleted submission, holding only
 * its id. Batches run in their own transactions and skip rows another instance is already deleting.
 */
@ApplicationScoped
public class RetentionService {

    static final String ACTOR = "system";
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    @Inject RetentionConfig config;
    @Inject AuditLog audit;
    @Inject EntityManager entityManager;

    @Scheduled(identity = "submission-retention", every = "${app.retention.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireNow() {
        int deleted = expire(Instant.now());
        if (deleted > 0) {
            LOG.infof("Retention: deleted %d submissions older than %s", deleted, config.period());
        }
    }

    /** Deletes every submission created before {@code now} minus the retention period; returns how many. */
    public int expire(Instant now) {
        Instant cutoff = now.minus(config.period());
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> expireBatch(cutoff));
            total += deleted;
        } while (deleted == config.batchSize());
        return total;
    }

    private int expireBatch(Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("SELECT id FROM submission WHERE created_at < ?1"
                        + " ORDER BY created_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, cutoff)
                .setParameter(2, config.batchSize())
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Submission.delete("id in ?1", ids);
        String detail = "retention=" + config.period();
        ids.forEach(id -> audit.record(ACTOR, AuditLog.SUBMISSION_EXPIRED, "submission", id.toString(), detail));
        return ids.size();
    }
}
