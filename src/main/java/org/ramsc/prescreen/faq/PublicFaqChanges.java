package org.ramsc.prescreen.faq;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Drops this instance's cached public FAQ right after the transaction that changed it commits, so
 * the admin who made the change sees it on the next request. Other instances hear of it through
 * the database trigger's NOTIFY ({@link PublicFaqListener}).
 */
@ApplicationScoped
public class PublicFaqChanges {

    /** The CDI event that carries a change to the end of its transaction. */
    public record Changed() {
    }

    @Inject Event<Changed> changed;
    @Inject PublicFaqCache cache;

    public void publicTextChanged() {
        changed.fire(new Changed());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed event) {
        cache.invalidate();
    }
}
