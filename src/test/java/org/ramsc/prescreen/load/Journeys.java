package org.ramsc.prescreen.load;

import java.time.Duration;

/**
 * The benchmark's journey scenario: N concurrent patients walk whole journeys (6 steps, review,
 * result, send, confirmation) for S seconds. wrk cannot do this: its Lua {@code response()} sees
 * only one Set-Cookie header per response, and each journey needs its own cookies and CSRF token.
 *
 * <pre>java -cp "target/test-classes:target/classes:target/quarkus-app/lib/main/*" \
 *     org.ramsc.prescreen.load.Journeys http://127.0.0.1:8080 32 15</pre>
 *
 * Prints {@code RESULT journeys_per_s=.. p50_ms=.. p99_ms=.. completed=.. failed=.. codes=.. requests=..};
 * latencies are per request.
 */
public final class Journeys {

    private Journeys() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int patients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        Crowd crowd = new Crowd(base).run(patients, () -> System.nanoTime() < end);
        double elapsed = (System.nanoTime() - start) / 1e9;
        crowd.firstFailures().stream().limit(3).forEach(e -> System.err.println("journey failed: " + e));
        int completed = crowd.confirmedCodes().size() + crowd.duplicateCodes();
        System.out.printf(java.util.Locale.ROOT,
                "RESULT journeys_per_s=%.1f p50_ms=%.2f p99_ms=%.2f completed=%d failed=%d codes=%d requests=%d%n",
                completed / elapsed, crowd.percentileMs(50), crowd.percentileMs(99), completed,
                crowd.failedJourneys(), crowd.confirmedCodes().size(), crowd.requests());
    }
}
