import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives complete patient journeys (6 steps + review + result + send + confirmation) with N
 * concurrent patients, each keeping its own cookies and CSRF token as a browser would.
 * Run: java bench/Journeys.java http://127.0.0.1:8080 32 15
 * Prints: RESULT journeys_per_s=.. p50_ms=.. p99_ms=.. (per request) completed=.. failed=.. codes=..
 */
public class Journeys {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("data-reference=\"([A-Z0-9]{8})\"");
    private static final String[][] STEPS = {
        {"age", "52", "raDiagnosed", "yes"},
        {"scoreKnown", "das28_esr", "scoreValue", "4.6", "tenderJoints", "wrist_left", "morningStiffness", "over_60",
            "patientGlobal", "6", "pain", "5", "esr", "30"},
        {"csdmardsTried", "methotrexate", "csdmardLongEnough", "yes", "csdmardOutcome", "inadequate", "steroidCurrent", "no"},
        {"jointFused", "no", "jointDestroyedTold", "no", "jointDeformity", "no", "jointSurgery", "no", "functionLevel", "2"},
        {"infectionNow", "no", "infectionHistory", "no", "tbHistory", "no", "hepatitisHiv", "no", "lungDisease", "no",
            "cancer", "none", "pregnancy", "not_applicable", "otherAutoimmune", "no"},
        {"understandsInvestigational", "yes"},
    };

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int patients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, Boolean> codes = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        // One client for all patients (one selector thread, a pool of HTTP/1.1 keep-alive
        // connections; each patient keeps its own cookies). HTTP/1.1 as browsers use it here:
        // Java's default h2c upgrade would multiplex everyone over a few connections.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        for (int i = 0; i < patients; i++) {
            Thread thread = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    try {
                        String code = journey(http, base, mine);
                        if (codes.put(code, Boolean.TRUE) != null) {
                            throw new IllegalStateException("duplicate reference code " + code);
                        }
                        completed.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (failed.get() <= 3) {
                            System.err.println("journey failed: " + e);
                        }
                    }
                }
                latencies.addAll(mine);
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("RESULT journeys_per_s=%.1f p50_ms=%.2f p99_ms=%.2f completed=%d failed=%d codes=%d requests=%d%n",
                completed.get() / elapsed, percentile(sorted, 50), percentile(sorted, 99), completed.get(), failed.get(),
                codes.size(), sorted.size());
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** One patient from the first step to the confirmation page; returns the reference code. */
    static String journey(HttpClient http, String base, List<Long> latencies) throws Exception {
        Map<String, String> cookies = new HashMap<>();
        String page = send(http, cookies, get(base + "/screening/step/1"), 200, latencies);
        String csrf = token(page);
        for (int n = 1; n <= STEPS.length; n++) {
            send(http, cookies, post(base + "/screening/step/" + n, csrf, STEPS[n - 1]), 303, latencies);
        }
        send(http, cookies, post(base + "/screening/review", csrf), 303, latencies);
        send(http, cookies, get(base + "/screening/result"), 200, latencies);
        send(http, cookies, post(base + "/screening/send", csrf, "consent", "yes", "name", "Load Test",
                "phone", "+86 138 0000 0000", "contactTime", "any"), 303, latencies);
        String sent = send(http, cookies, get(base + "/screening/sent"), 200, latencies);
        Matcher code = CODE.matcher(sent);
        if (!code.find()) {
            throw new IllegalStateException("no reference code on the confirmation page");
        }
        return code.group(1);
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static HttpRequest.Builder post(String url, String csrf, String... fields) {
        StringBuilder body = new StringBuilder("csrf-token=").append(encode(csrf));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static String send(HttpClient http, Map<String, String> cookies, HttpRequest.Builder request,
            int expected, List<Long> latencies) throws Exception {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", header.toString());
        }
        request.header("Accept-Language", "zh-Hans").timeout(Duration.ofSeconds(30));
        long begin = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        latencies.add(System.nanoTime() - begin);
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String value = pair.substring(eq + 1);
            if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                cookies.remove(pair.substring(0, eq));
            } else {
                cookies.put(pair.substring(0, eq), value);
            }
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
