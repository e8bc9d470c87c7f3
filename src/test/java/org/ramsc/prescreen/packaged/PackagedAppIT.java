package org.ramsc.prescreen.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged jar as a user would, with no database configured: it must start its own
 * embedded PostgreSQL, report ready with the database check up, and keep its data across a restart.
 */
class PackagedAppIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private final List<Process> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process process : started) {
            stop(process);
        }
    }

    @Test
    void startsOnItsOwnEmbeddedDatabaseAndIsReady() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "packaged-data");
        int httpPort = freePort();
        int dbPort = freePort();

        Process first = start(dataDir, httpPort, dbPort);
        long firstReady = awaitReady(httpPort, first);
        String health = get(httpPort, "/q/health/ready").body();
        assertThat(health).contains("\"status\": \"UP\"").contains("Database connections health check");
        stop(first);

        Process second = start(dataDir, httpPort, dbPort);
        long secondReady = awaitReady(httpPort, second);
        assertThat(get(httpPort, "/q/health/ready").statusCode()).isEqualTo(200);
        System.out.printf("Packaged app start-to-ready: first start %d ms (new data directory), restart %d ms%n",
                firstReady, secondReady);
    }

    private Process start(Path dataDir, int httpPort, int dbPort) throws IOException {
        assertThat(JAR).as("run `./mvnw package` first").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("QUARKUS_DATASOURCE"));
        env.put("APP_EMBEDDED_DB_DIR", dataDir.toAbsolutePath().toString());
        env.put("APP_EMBEDDED_DB_PORT", String.valueOf(dbPort));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        // The jar runs in the prod profile, which refuses to start without a session key.
        env.put("APP_SESSION_KEY", "packaged-app-test-key-0123456789abcdef");
        builder.redirectErrorStream(true).redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private long awaitReady(int port, Process process) throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the app exited early; see target/packaged-data*.log").isTrue();
            try {
                if (get(port, "/q/health/ready").statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - begin).toMillis();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready within 90 s");
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
