package org.ramsc.prescreen.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Records the packaged app's class-data archive over a whole start and a few patient journeys, and
 * puts it in place of the one Quarkus records ({@code quarkus.package.jar.appcds.enabled}), which
 * stops before the database and so holds only the static start: about 6,000 of the 16,000 classes
 * a running app loads. With the rest archived too (Hibernate's boot, Flyway, the query parser, the
 * first pages) the app starts about 0.3 s sooner here and keeps less class metadata of its own
 * (bench/README.md, "A whole-start archive").
 *
 * <p>The build runs it after packaging (pom.xml, {@code archive-training}): it starts the jar from
 * its own directory, as the archive must later be used, on a fresh embedded PostgreSQL in
 * {@code work}, with the JDK that runs it. If anything fails, Quarkus's archive stays and the build
 * goes on: the archive only makes the start faster, never different.
 *
 * <pre>java -cp ... org.ramsc.prescreen.load.ArchiveTraining target/quarkus-app target/archive-training</pre>
 */
public final class ArchiveTraining {

    /** The heap options the benchmark and the README start the jar with. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx192m", "-Xmn32m", "-XX:+UseSerialGC");
    private static final String ARCHIVE = "app-cds.jsa";
    private static final Duration READY_LIMIT = Duration.ofMinutes(2);
    private static final int PATIENTS = 4;
    private static final Duration JOURNEYS = Duration.ofSeconds(6);

    private static final HttpClient HTTP = FormClient.sharedClient();

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path appDir = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        if (!Files.exists(appDir.resolve("quarkus-run.jar"))) {
            System.out.println("[archive-training] no packaged jar in " + appDir + "; nothing to train");
            return;
        }
        try {
            long size = train(appDir, work);
            System.out.printf("[archive-training] %s: %d MB, recorded over a start and %d patients' journeys%n",
                    appDir.resolve(ARCHIVE), size >> 20, PATIENTS);
        } catch (Exception | AssertionError e) {
            System.out.println("[archive-training] WARNING: kept Quarkus's archive of the static start: " + e.getMessage()
                    + " (see " + work.resolve("app.log") + ")");
        }
    }

    private static long train(Path appDir, Path work) throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        Path archive = work.resolve(ARCHIVE);
        int port = freePort();
        int managementPort = freePort();

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-XX:ArchiveClassesAtExit=" + archive);
        // relative, from the app's directory: the archive is valid only for the class path it was recorded with
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(appDir.toFile());
        Map<String, String> environment = builder.environment();
        // whatever the shell points at (an external database above all) stays out of the training
        environment.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("APP_"));
        environment.put("APP_EMBEDDED_DB_DIR", work.resolve("data").toString());
        environment.put("APP_EMBEDDED_DB_PORT", String.valueOf(freePort()));
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("APP_MANAGEMENT_PORT", String.valueOf(managementPort));
        environment.put("APP_SECURE_COOKIES", "false");
        builder.redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile());

        Process app = builder.start();
        try {
            awaitReady(app, managementPort);
            String base = "http://127.0.0.1:" + port;
            for (String page : List.of("/", "/faq", "/?lang=en", "/faq?lang=zh-Hant", "/login")) {
                get(base + page);
            }
            long end = System.nanoTime() + JOURNEYS.toNanos();
            Crowd crowd = new Crowd(base).run(PATIENTS, () -> System.nanoTime() < end);
            if (crowd.confirmedCodes().isEmpty()) {
                throw new IllegalStateException("no journey reached its reference code");
            }
        } finally {
            stop(app);
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("the JVM wrote no archive");
        }
        Files.move(archive, appDir.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING);
        // the database, its password and the session key the app generated beside it; the log stays
        try (Stream<Path> files = Files.list(work)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.getFileName().toString().equals("app.log")) {
                    deleteTree(file);
                }
            }
        }
        return Files.size(appDir.resolve(ARCHIVE));
    }

    private static void awaitReady(Process app, int managementPort) throws InterruptedException {
        long deadline = System.nanoTime() + READY_LIMIT.toNanos();
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited during its start");
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the app was not ready within " + READY_LIMIT);
    }

    private static void get(String url) throws IOException, InterruptedException {
        int status = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException(url + " answered " + status);
        }
    }

    /** SIGTERM, so that the JVM exits normally and writes the archive on its way out. */
    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(90, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
