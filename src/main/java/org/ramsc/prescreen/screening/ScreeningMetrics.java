package org.ramsc.prescreen.screening;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.EnumMap;
import java.util.Map;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.submission.SubmissionStored;

/**
 * How many screenings are started, reach a result and are sent, for Prometheus at /q/metrics.
 * Counts only: no tag ever carries anything about a person. Registered at start, so that every
 * counter is there from zero and a rate can be taken before the first patient arrives.
 */
@Startup
@ApplicationScoped
public class ScreeningMetrics {

    private final Counter started;
    private final Counter completed;
    private final Counter sent;
    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);

    public ScreeningMetrics(MeterRegistry registry) {
        started = Counter.builder("prescreen.screenings.started")
                .description("Screenings started: a new draft saved with its first step")
                .register(registry);
        completed = Counter.builder("prescreen.screenings.completed")
                .description("Screenings that reached a result, once per draft")
                .register(registry);
        sent = Counter.builder("prescreen.screenings.sent")
                .description("Screenings sent to the clinic, once per draft")
                .register(registry);
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, Counter.builder("prescreen.screening.outcomes")
                    .description("The first result of each completed screening")
                    .tag("outcome", outcome.name())
                    .register(registry));
        }
    }

    void started() {
        started.increment();
    }

    void completed(Outcome outcome) {
        completed.increment();
        outcomes.get(outcome).increment();
    }

    /**
     * Counted only once the submission is committed: of two sends of one draft racing each other,
     * the one that loses on the unique draft hash counts nothing.
     */
    void sent(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionStored stored) {
        sent.increment();
    }
}
