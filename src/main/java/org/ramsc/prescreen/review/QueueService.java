package org.ramsc.prescreen.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The staff queue: one page of submissions and the counts for the same filters. */
@ApplicationScoped
public class QueueService {

    public static final int PAGE_SIZE = 50;

    private final SubmissionQueries queries;

    public QueueService(SubmissionQueries queries) {
        this.queries = queries;
    }

    @Transactional
    public Result queue(QueueFilter filter, QueueCursor after) {
        return new Result(queries.page(filter, after, PAGE_SIZE), queries.counts(filter));
    }

    public record Result(SubmissionQueries.QueuePage page, QueueCounts counts) {
    }
}
