package org.ramsc.prescreen.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Many patients at once, each on its own thread with its own cookies and its own kept-alive
 * connection ({@link SocketTransport}, as a browser holds one), walking whole journeys until told
 * to stop. Records every reference code a patient was shown (a confirmed submission), every
 * failed journey and every request's latency.
 */
public final class Crowd {

    private final String base;
    private final Set<String> confirmedCodes = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final List<Throwable> firstFailures = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    public Crowd(String base) {
        this.base = base;
    }

    /** Every patient walks exactly one journey; all start together. Returns when all are done. */
    public Crowd oneJourneyEach(int patients) throws InterruptedException {
        return run(patients, new BooleanSupplier() {
            private final ThreadLocal<Boolean> done = ThreadLocal.withInitial(() -> false);

            @Override
            public boolean getAsBoolean() {
                boolean again = !done.get();
                done.set(true);
                return again;
            }
        });
    }

    /** Every patient walks journeys, one after the other, while {@code keepGoing} says so. */
    public Crowd run(int patients, BooleanSupplier keepGoing) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(patients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < patients; i++) {
            Thread thread = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                SocketTransport connection = new SocketTransport();
                ready.countDown();
                try {
                    go.await();
                    while (keepGoing.getAsBoolean()) {
                        walkOneJourney(connection, mine);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    connection.close();
                    latencies.addAll(mine);
                }
            }, "patient-" + i);
            thread.start();
            threads.add(thread);
        }
        ready.await();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return this;
    }

    private void walkOneJourney(SocketTransport connection, List<Long> mine) throws InterruptedException {
        try {
            String code = new Patient(connection, base, mine::add).completeJourney();
            if (!confirmedCodes.add(code)) {
                duplicates.incrementAndGet();
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // the next patient starts on a new connection, as after a closed tab
            connection.close();
            failed.incrementAndGet();
            if (firstFailures.size() < 5) {
                firstFailures.add(e);
            }
        }
    }

    /** Reference codes shown to patients: each stands for a submission they were told was stored. */
    public Set<String> confirmedCodes() {
        return Set.copyOf(confirmedCodes);
    }

    /** Codes shown to two different patients (must be none). */
    public int duplicateCodes() {
        return duplicates.get();
    }

    public int failedJourneys() {
        return failed.get();
    }

    public List<Throwable> firstFailures() {
        return List.copyOf(firstFailures);
    }

    /** Latency percentile of all requests, in milliseconds. */
    public double percentileMs(int percentile) {
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
        return sorted.get(index) / 1e6;
    }

    public int requests() {
        return latencies.size();
    }
}
