package org.ramsc.prescreen.review;

import jakarta.ws.rs.QueryParam;

/**
 * The queue filter's fields as the GET form sends them, read once for the queue page and both
 * exports, so that the three cannot drift apart; {@link #filter()} checks them.
 */
public record QueueFilterParams(
        @QueryParam("outcome") String outcome,
        @QueryParam("status") String status,
        @QueryParam("rule") String rule,
        @QueryParam("language") String language,
        @QueryParam("from") String from,
        @QueryParam("to") String to,
        @QueryParam("q") String query) {

    /** The filter these fields ask for; a value no form offers answers 400. */
    public QueueFilter filter() {
        return QueueFilter.parse(outcome, status, rule, language, from, to, query);
    }
}
