package org.ramsc.prescreen.packaged;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/quarkus-app}) run as its own process in the prod profile, as an
 * operator would run it. Its output goes to {@code target/packaged-logs/<name>.log}.
 */
final class AppInstance implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** The prod profile refuses to start without a session key; instances that share it share sessions. */
    static final String SESSION_KEY = "packaged-app-test-key-0123456789abcdef";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final Process process;

    private AppInstance(String name, int port, int managementPort, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /** Starts an instance on the embedded database it starts itself (no database configured). */
    static AppInstance onItsOwnDatabase(String name, Path dataDir, int dbPort) throws IOException {
        return start(name, Map.of("APP_EMBEDDED_DB_DIR", dataDir.toAbsolutePath().toString(),
                "APP_EMBEDDED_DB_PORT", String.valueOf(dbPort)));
    }

    /** Starts an instance on an external PostgreSQL. */
    static AppInstance on(String name, StoppableDatabase database, Map<String, String> moreEnv) throws IOException {
        Map<String, String> env = new HashMap<>(moreEnv);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", StoppableDatabase.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", StoppableDatabase.PASSWORD);
        return start(name, env);
    }

    private static AppInstance start(String name, Map<String, String> env) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run `./mvnw package` first");
        }
        int port = freePort();
        int managementPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", JAR.toString());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("APP_"));
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("APP_MANAGEMENT_PORT", String.valueOf(managementPort));
        environment.put("APP_SESSION_KEY", SESSION_KEY);
        // plain HTTP on loopback: cookies without Secure, as in a lab behind a plain-HTTP proxy
        environment.put("APP_SECURE_COOKIES", "false");
        // the staff journeys here sign in with a password only; two-step sign-in has its own tests
        environment.put("APP_MFA_REQUIRED", "off");
        // the load, fuzz and outage checks send thousands of journeys from one address on purpose
        environment.put("APP_LIMITS_DRAFTS_PER_WINDOW", "1000000");
        environment.put("APP_LIMITS_SENDS_PER_WINDOW", "1000000");
        environment.putAll(env);
        Path logs = Files.createDirectories(Path.of("target/packaged-logs"));
        Path log = logs.resolve(name + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new AppInstance(name, port, managementPort, log, builder.start());
    }

    /** Waits until {@code /q/health/ready} (management port) answers 200; returns how long that took from now. */
    Duration awaitReady(Duration limit) throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited early; see " + log);
            }
            if (readyStatus() == 200) {
                return Duration.ofNanos(System.nanoTime() - begin);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " was not ready within " + limit + "; see " + log);
    }

    /** The status of {@code /q/health/ready}, or -1 while nothing listens. */
    int readyStatus() throws InterruptedException {
        try {
            return management("/q/health/ready").statusCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET on the management interface (health, metrics), which has its own port. */
    HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
