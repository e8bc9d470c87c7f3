package org.ramsc.prescreen.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramsc.prescreen.load.FormClient.expect;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.load.Crowd;
import org.ramsc.prescreen.load.FormClient;
import org.ramsc.prescreen.load.Patient;

/**
 * PostgreSQL goes away while patients are using the packaged app, and comes back: patients see a
 * polite "try again in a moment" page, readiness reports DOWN, nothing is half-written, and the
 * same process serves everyone again once the database is back.
 */
class DatabaseOutageIT {

    private StoppableDatabase database;
    private AppInstance app;

    @AfterEach
    void stopAll() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void patientsUnderLoadSeeAFriendlyPageDuringAnOutageAndCarryOnAfterIt() throws Exception {
        database = StoppableDatabase.started("outage");
        app = AppInstance.on("outage", database, Map.of());
        app.awaitReady(Duration.ofSeconds(120));

        // a patient halfway through, and a steady stream of others in the background
        Patient waiting = new Patient(FormClient.sharedClient(), app.baseUrl());
        waiting.language("en");
        expect(waiting.get("/screening/step/1"), 200);
        waiting.answerStep(1);
        waiting.answerStep(2);
        String draftCookie = waiting.cookie("draft");
        assertThat(draftCookie).isNotBlank();

        AtomicBoolean loadRunning = new AtomicBoolean(true);
        Crowd background = new Crowd(app.baseUrl());
        Thread load = new Thread(() -> {
            try {
                background.run(16, loadRunning::get);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "background-patients");
        load.start();
        awaitConfirmed(background, 20, Duration.ofSeconds(60));

        database.stop();
        try {
            awaitReadiness(503, Duration.ofSeconds(20));
            assertThat(app.management("/q/health/ready").body()).contains("\"status\": \"DOWN\"");

            HttpResponse<String> step = waiting.get("/screening/step/3");
            assertThat(step.statusCode()).isEqualTo(503);
            assertThat(step.headers().firstValue("Retry-After")).isPresent();
            assertFriendly(step.body());
            HttpResponse<String> save = waiting.post("/screening/step/3", List.of("csdmardsTried", "methotrexate"));
            assertThat(save.statusCode()).isEqualTo(503);
            assertFriendly(save.body());
            assertThat(waiting.cookie("draft")).as("the draft cookie is kept").isEqualTo(draftCookie);
            // pages that need no database stay up
            expect(waiting.get("/"), 200);
            Thread.sleep(2_000);
        } finally {
            database.start();
        }

        awaitReadiness(200, Duration.ofSeconds(30));
        loadRunning.set(false);
        load.join();

        // the waiting patient's first two steps are still there; they finish where they stopped
        assertThat(expect(waiting.get("/screening/step/1"), 200).body()).contains("value=\"52\"");
        expect(waiting.get("/screening/step/3"), 200);
        for (int step = 3; step <= Patient.STEPS_TO_ANSWER; step++) {
            waiting.answerStep(step);
        }
        waiting.confirmReviewAndReadResult();
        String waitingCode = waiting.sendToClinic();

        // the same process serves new patients again
        Crowd after = new Crowd(app.baseUrl()).oneJourneyEach(20);
        assertThat(after.firstFailures()).isEmpty();
        assertThat(after.confirmedCodes()).hasSize(20);

        Set<String> stored = Set.copyOf(database.strings("select reference_code from submission"));
        assertThat(stored).containsAll(background.confirmedCodes()).containsAll(after.confirmedCodes())
                .contains(waitingCode);
        assertThat(background.failedJourneys()).as("journeys interrupted by the outage").isPositive();
        // a submission is stored whole with its draft deleted, or not at all
        assertThat(database.count("select count(*) from submission where jsonb_array_length(rule_results) <> 16"
                + " or answers = '{}'::jsonb")).isZero();
        assertThat(database.count("select count(*) from draft d join submission s on s.draft_token_hash = d.token_hash"))
                .isZero();
        System.out.printf("Outage: %d journeys confirmed before or around it, %d interrupted, all %d stored%n",
                background.confirmedCodes().size(), background.failedJourneys(), stored.size());
    }

    private static void awaitConfirmed(Crowd crowd, int journeys, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (crowd.confirmedCodes().size() < journeys) {
            assertThat(System.nanoTime()).as("%d journeys completed within %s: %s", journeys, limit,
                    crowd.firstFailures()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private void awaitReadiness(int status, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = app.readyStatus();
            if (last == status) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("readiness answered " + last + ", not " + status + ", within " + limit);
    }

    private static void assertFriendly(String body) {
        assertThat(body).contains("Please try again in a moment").contains("Your answers so far are kept")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SQL");
    }
}
