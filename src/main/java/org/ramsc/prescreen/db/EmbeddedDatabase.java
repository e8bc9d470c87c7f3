package org.ramsc.prescreen.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real PostgreSQL 18 that the app starts itself when no external database is configured, so that
 * a fresh machine needs nothing installed. Its data survive restarts and crashes: the directory is
 * kept and fsync is on (zonky turns it off by default, which suits only throwaway test databases).
 *
 * <p>Nobody else on the machine can read it: every connection needs a password (scram-sha-256,
 * passwords generated on first start into {@code <data dir>.pgpass}, mode 0600), it listens on
 * 127.0.0.1 only and has no unix socket, and the app connects as a role that is not a superuser
 * (see {@link DatabaseRoles}). A data directory from before that (trust, superuser only) is
 * upgraded in place at its next start.
 */
public final class EmbeddedDatabase {

    public static final String DATA_DIR_ENV = "APP_EMBEDDED_DB_DIR";
    public static final String PORT_ENV = "APP_EMBEDDED_DB_PORT";
    public static final String DEFAULT_DATA_DIR = "data/postgres";
    /** Fixed so that a restart finds the same server; not 5432, which a local PostgreSQL may hold. */
    public static final int DEFAULT_PORT = 15432;
    /** quarkus:dev keeps its demo accounts and made-up submissions away from the real data. */
    public static final String DEV_DATA_DIR = "data/dev-postgres";
    public static final int DEV_PORT = 15433;

    static final String HBA = """
            # Written by the app (org.ramsc.prescreen.db.EmbeddedDatabase) at every start: a password
            # for every connection. The server listens on 127.0.0.1 only and has no unix socket.
            local   all   all                   scram-sha-256
            host    all   all   127.0.0.1/32    scram-sha-256
            host    all   all   ::1/128         scram-sha-256
            """;

    private static final String DATABASE = "postgres";

    private EmbeddedDatabase() {
    }

    /**
     * A durable server whose directory, port and passwords have been checked, not yet started. The
     * app's connection settings are known already, so that Quarkus can boot while the server starts.
     */
    public static final class Prepared {
        private final EmbeddedPostgres.Builder builder;
        private final Path dataDir;
        private final int port;
        private final DatabasePasswords passwords;

        private Prepared(EmbeddedPostgres.Builder builder, Path dataDir, int port, DatabasePasswords passwords) {
            this.builder = builder;
            this.dataDir = dataDir;
            this.port = port;
            this.passwords = passwords;
        }

        public Path dataDir() {
            return dataDir;
        }

        /** The datasource as the app role, Flyway as the schema's owner. */
        public Map<String, String> quarkusProperties() {
            return EmbeddedDatabase.quarkusProperties(port, passwords);
        }

        /** Starts the server (the caller stops it). */
        public Started start() {
            return EmbeddedDatabase.start(builder, dataDir, port, passwords);
        }
    }

    /** What the app needs to connect, and the server to stop at the end. */
    public record Started(EmbeddedPostgres postgres, Path dataDir, int port, DatabasePasswords passwords) {

        public String jdbcUrl() {
            return EmbeddedDatabase.jdbcUrl(port);
        }

        /** The datasource as the app role, Flyway as the schema's owner. */
        public Map<String, String> quarkusProperties() {
            return EmbeddedDatabase.quarkusProperties(port, passwords);
        }

        public Connection connect(String user, String password) throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            return DriverManager.getConnection(jdbcUrl(), properties);
        }

        public void stop() {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /** A start that cannot succeed, said in one line that names the cause and what to set. */
    public static final class StartFailure extends RuntimeException {
        public StartFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** Whether the environment or system properties name an external database. */
    public static boolean externalConfigured() {
        return present(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || present(System.getProperty("quarkus.datasource.jdbc.url"));
    }

    /** Checks the durable embedded server's directory, port and passwords where the settings say. */
    public static Prepared prepareDurable(boolean devMode) {
        return prepareDurable(dataDir(devMode), port(devMode));
    }

    /** Starts a prepared server; it stops when the JVM exits. */
    public static Started startUntilExit(Prepared prepared) {
        Started started = prepared.start();
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-postgres-stop"));
        return started;
    }

    /** Where the data live: APP_EMBEDDED_DB_DIR, else data/postgres, or data/dev-postgres in dev mode. */
    public static Path dataDir(boolean devMode) {
        return Path.of(setting(DATA_DIR_ENV, "app.embedded-db.dir", devMode ? DEV_DATA_DIR : DEFAULT_DATA_DIR))
                .toAbsolutePath().normalize();
    }

    /** APP_EMBEDDED_DB_PORT, else 15432, or 15433 in dev mode (so both can run side by side). */
    public static int port(boolean devMode) {
        String portText = setting(PORT_ENV, "app.embedded-db.port", String.valueOf(devMode ? DEV_PORT : DEFAULT_PORT));
        try {
            return Integer.parseInt(portText.strip());
        } catch (NumberFormatException e) {
            throw new StartFailure(PORT_ENV + "=" + portText + " is not a port number.");
        }
    }

    /** Starts a durable server on this directory and port (the caller stops it). */
    public static Started startDurable(Path dataDir, int port) {
        return prepareDurable(dataDir, port).start();
    }

    /**
     * Everything about a durable server on this directory and port that can fail at once, with a
     * line that says what to set: the directory, the port, the password file. Starts nothing.
     */
    public static Prepared prepareDurable(Path dataDir, int port) {
        checkWritable(dataDir);
        checkPortFree(port);
        Path passwordFile = passwordFile(dataDir);
        boolean hadPasswords = Files.exists(passwordFile);
        if (!hadPasswords && HBA.equals(readHba(dataDir))) {
            throw new StartFailure("The embedded PostgreSQL in " + dataDir + " needs the passwords in " + passwordFile
                    + ", which is missing. Restore that file, or set " + DATA_DIR_ENV + " to a new directory.");
        }
        DatabasePasswords passwords;
        try {
            passwords = DatabasePasswords.readOrCreate(passwordFile);
        } catch (IOException e) {
            throw new StartFailure("Cannot read or write " + passwordFile + " (" + e.getMessage() + "). Set "
                    + DATA_DIR_ENV + " to a directory the app may write to.");
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // one app instance: its pool (quarkus.datasource.jdbc.max-size), Flyway, the FAQ
                // listener and a few operator sessions; every slot costs shared memory
                .setServerConfig("max_connections", "50")
                // the data are small and the OS caches the files as well: an eighth of the default.
                // 32MB cost PostgreSQL 77 MB PSS under the benchmark's journeys, 16MB 60 MB, at the
                // same journeys per second (bench/README.md, "A whole-start archive, 16 MB of shared buffers")
                .setServerConfig("shared_buffers", "16MB");
        return new Prepared(builder, dataDir, port, passwords);
    }

    /** Starts a throwaway server on a free port with the same roles, passwords and rules, for tests. */
    public static Started startThrowaway() throws IOException {
        Path dataDir = Files.createTempDirectory("epg");
        return start(EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true),
                dataDir, freePort(), DatabasePasswords.generate());
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    private static Map<String, String> quarkusProperties(int port, DatabasePasswords passwords) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", jdbcUrl(port));
        properties.put("quarkus.datasource.username", DatabasePasswords.APP);
        properties.put("quarkus.datasource.password", passwords.app());
        properties.put("quarkus.flyway.jdbc-url", jdbcUrl(port));
        properties.put("quarkus.flyway.username", DatabasePasswords.OWNER);
        properties.put("quarkus.flyway.password", passwords.owner());
        return properties;
    }

    /** {@code data/postgres} keeps its passwords in {@code data/postgres.pgpass}. */
    public static Path passwordFile(Path dataDir) {
        return sibling(dataDir, ".pgpass");
    }

    /** {@code data/postgres} keeps the generated session key in {@code data/postgres.session-key}. */
    public static Path sessionKeyFile(Path dataDir) {
        return sibling(dataDir, ".session-key");
    }

    private static Path sibling(Path dataDir, String suffix) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }

    private static Started start(EmbeddedPostgres.Builder builder, Path dataDir, int port, DatabasePasswords passwords) {
        // initdb reads the superuser's password from a file, so the cluster never exists without one
        Path initdbPassword = dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + ".initdb-" + ProcessHandle.current().pid());
        AtomicBoolean upgrade = new AtomicBoolean();
        try {
            Files.deleteIfExists(initdbPassword);
            SecretFiles.createOwnerOnly(initdbPassword, passwords.superuser() + "\n");
            EmbeddedPostgres postgres;
            try {
                postgres = builder
                        .setPort(port)
                        .setPGStartupWait(Duration.ofSeconds(30))
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("unix_socket_directories", "''")
                        .setServerConfig("password_encryption", "scram-sha-256")
                        .setLocaleConfig("pwfile", initdbPassword.toString())
                        .setConnectConfig("password", passwords.superuser())
                        .setDataDirectoryCustomizer(dir -> {
                            // an old directory still trusts everyone: its roles get their passwords
                            // first (below), then these rules
                            String current = readHba(dir.toPath());
                            if (current.lines().map(String::strip).anyMatch(l -> !l.startsWith("#") && l.contains("trust"))) {
                                upgrade.set(true);
                            } else {
                                writeHba(dir.toPath());
                            }
                        })
                        .start();
            } catch (IllegalStateException locked) {
                throw new StartFailure("The embedded PostgreSQL's directory " + dataDir
                        + " is in use by another running copy of the app. Stop it, or set " + DATA_DIR_ENV
                        + " and " + PORT_ENV + " for this one.");
            } catch (IOException e) {
                throw new StartFailure("The embedded PostgreSQL did not start in " + dataDir + " on port " + port
                        + " (" + e.getMessage() + (e.getCause() != null ? ": " + e.getCause().getMessage() : "")
                        + "). Set " + DATA_DIR_ENV + " / " + PORT_ENV + ", or QUARKUS_DATASOURCE_JDBC_URL for an external PostgreSQL.");
            } finally {
                Files.deleteIfExists(initdbPassword);
            }
            Started started = new Started(postgres, dataDir, port, passwords);
            try (Connection superuser = started.connect(DatabasePasswords.SUPERUSER, passwords.superuser())) {
                DatabaseRoles.apply(superuser, passwords);
                if (upgrade.get()) {
                    writeHba(dataDir);
                    try (Statement sql = superuser.createStatement()) {
                        superuser.setAutoCommit(true);
                        sql.execute("SELECT pg_reload_conf()");
                    }
                }
            } catch (SQLException e) {
                started.stop();
                throw new StartFailure("The embedded PostgreSQL in " + dataDir + " refused the app's set-up ("
                        + e.getMessage() + ").");
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkWritable(Path dataDir) {
        String advice = ". Set " + DATA_DIR_ENV + " to a writable directory, or QUARKUS_DATASOURCE_JDBC_URL to use an"
                + " external PostgreSQL.";
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir.getParent(), ".write-check", ".tmp");
            Files.delete(probe);
            if (Files.exists(dataDir.resolve("postgresql.conf"))) {
                Path inside = Files.createTempFile(dataDir, ".write-check", ".tmp");
                Files.delete(inside);
            }
        } catch (IOException | SecurityException e) {
            throw new StartFailure("The embedded PostgreSQL cannot write to " + dataDir + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")" + advice);
        }
    }

    private static void checkPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as PostgreSQL binds: a listener refuses it, a closed connection waiting out TIME_WAIT does not
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (BindException taken) {
            throw new StartFailure("Port " + port + " on 127.0.0.1, which the embedded PostgreSQL uses, is already taken"
                    + " (another copy of the app, or another server). Set " + PORT_ENV + " to a free port, or"
                    + " QUARKUS_DATASOURCE_JDBC_URL to use an external PostgreSQL.");
        } catch (IOException | IllegalArgumentException e) {
            throw new StartFailure("Cannot use port " + port + " for the embedded PostgreSQL (" + e.getMessage()
                    + "). Set " + PORT_ENV + " to a free port.");
        }
    }

    private static String readHba(Path dataDir) {
        Path hba = dataDir.resolve("pg_hba.conf");
        try {
            return Files.exists(hba) ? Files.readString(hba, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHba(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
