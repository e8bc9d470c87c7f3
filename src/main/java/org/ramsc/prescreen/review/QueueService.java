package org.ramsc.prescreen.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ramsc.prescreen.screening.LimitsConfig;
import org.ramsc.prescreen.security.Actor;
import org.ramsc.prescreen.security.AuditLog;

/**
 * The staff queue: one page of submissions and the counts for the same filters. Every page shown
 * is an audit row naming its submissions, and whether it was a search (never what was searched).
 */
@ApplicationScoped
public class QueueService {

    public static final int PAGE_SIZE = 50;

    @Inject SubmissionQueries queries;
    @Inject AuditLog audit;
    @Inject LimitsConfig limits;
    @Inject EntityManager entityManager;

    @Transactional
    public Result queue(QueueFilter filter, QueueCursor after, Actor actor) {
        SubmissionQueries.QueuePage page = queries.page(filter, after, PAGE_SIZE);
        List<UUID> ids = page.rows().stream().map(QueueRow::id).toList();
        audit.recordShown(actor.name(), AuditLog.SUBMISSIONS_LISTED, null,
                (filter.query() == null ? "page=queue " : "page=search ") + filter.auditSummary(), actor.address(), ids);
        return new Result(page, queries.counts(filter), bursts(ids));
    }

    /**
     * Which of {@code ids} were sent in a burst: some window of {@code app.limits.burst-window}
     * around them holds {@code burst-sends} or more submissions from the same address (compared
     * by its keyed hash). Windows that start at one of the sender's submissions are enough to check.
     */
    Set<UUID> bursts(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> marked = entityManager.createNativeQuery("SELECT s.id FROM submission s "
                + "WHERE s.id IN (:ids) AND s.sender_key IS NOT NULL AND EXISTS ("
                + "  SELECT 1 FROM submission a WHERE a.sender_key = s.sender_key "
                + "  AND a.created_at BETWEEN s.created_at - make_interval(secs => :secs) AND s.created_at "
                + "  AND (SELECT count(*) FROM submission b WHERE b.sender_key = s.sender_key "
                + "       AND b.created_at BETWEEN a.created_at AND a.created_at + make_interval(secs => :secs)) >= :n)")
                .setParameter("ids", ids).setParameter("secs", (double) limits.burstWindow().toSeconds())
                .setParameter("n", limits.burstSends()).getResultList();
        Set<UUID> result = new HashSet<>();
        marked.forEach(id -> result.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())));
        return result;
    }

    public record Result(SubmissionQueries.QueuePage page, QueueCounts counts, Set<UUID> bursts) {
    }
}
