package org.ramsc.prescreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.db.EmbeddedDatabase;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} as an operator runs it, with a start that cannot work: it must end within
 * seconds with one line that names the cause and the variable to set, not a wait and pages of traces.
 */
class MainStartFailureTest {

    @TempDir
    Path dir;

    @Test
    void aTakenDatabasePortEndsTheStartAtOnceWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Run run = main(Map.of("APP_EMBEDDED_DB_DIR", dir.resolve("postgres").toString(),
                    "APP_EMBEDDED_DB_PORT", String.valueOf(taken.getLocalPort())));
            assertThat(run.exit).isEqualTo(1);
            assertThat(run.lines()).singleElement().asString()
                    .contains("Port " + taken.getLocalPort(), "already taken", "APP_EMBEDDED_DB_PORT");
            assertThat(run.took).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void anUnwritableDataDirectoryEndsTheStartAtOnceWithOneLine() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        Run run = main(Map.of("APP_EMBEDDED_DB_DIR", notADirectory.resolve("postgres").toString(),
                "APP_EMBEDDED_DB_PORT", String.valueOf(freePort())));
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString()
                .contains("cannot write to", "APP_EMBEDDED_DB_DIR", "QUARKUS_DATASOURCE_JDBC_URL")
                .doesNotContain("another instance");
    }

    @Test
    void aDataDirectoryThatAnotherCopyIsRunningOnEndsTheStartWithItsCause() throws Exception {
        // found only once the server starts, which happens on a thread of its own while Quarkus boots
        Path data = dir.resolve("postgres");
        EmbeddedDatabase.Started running = EmbeddedDatabase.startDurable(data, freePort());
        try {
            Run run = main(Map.of("APP_EMBEDDED_DB_DIR", data.toString(),
                    "APP_EMBEDDED_DB_PORT", String.valueOf(freePort())));
            assertThat(run.exit).isEqualTo(1);
            assertThat(run.lines()).last().asString()
                    .startsWith("ERROR: ").contains("in use by another running copy", "APP_EMBEDDED_DB_DIR");
            assertThat(run.took).isLessThan(Duration.ofSeconds(30));
        } finally {
            running.stop();
        }
    }

    @Test
    void anExternalDatabaseWithoutASessionKeyEndsTheStartWithOneLine() throws Exception {
        Run run = main(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/none"));
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString().contains("APP_SESSION_KEY is not set", "at least 32");
    }

    @Test
    void theExamplePlaceholderIsRefusedAsARealKey() throws Exception {
        Run run = main(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/none",
                "APP_SESSION_KEY", "REPLACE-with-32-random-characters-please"));
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString().contains("the example");
    }

    @Test
    void theEmbeddedDatabaseKeepsAGeneratedSessionKeyBesideItsDataReadableOnlyByTheApp() throws Exception {
        Path data = dir.resolve("postgres");
        String first = Main.generatedSessionKey(data);
        Path file = dir.resolve("postgres.session-key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(org.ramsc.prescreen.security.SessionKeyCheck.problem(java.util.Optional.of(first))).isEmpty();
        assertThat(Main.generatedSessionKey(data)).isEqualTo(first);
    }

    private record Run(int exit, String output, Duration took) {
        List<String> lines() {
            return output.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    private static Run main(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("APP_"));
        builder.environment().putAll(env);
        long begin = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output, Duration.ofNanos(System.nanoTime() - begin));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
