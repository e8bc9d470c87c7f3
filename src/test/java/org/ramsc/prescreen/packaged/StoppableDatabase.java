package org.ramsc.prescreen.packaged;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL 18 that a test can stop and start again on the same port and data directory,
 * as an outage would: the app keeps its configured URL and must find the server again by itself.
 * The test reads the tables directly to check what was stored.
 */
final class StoppableDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;
    /** The test's own connection, opened on first use: a new one per query would cost more than the query. */
    private Connection connection;

    private StoppableDatabase(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    static StoppableDatabase started(String name) throws IOException {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), name + "-pg").toAbsolutePath();
        StoppableDatabase database = new StoppableDatabase(dataDir, AppInstance.freePort());
        database.start();
        return database;
    }

    void start() throws IOException {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(30))
                // submissions must survive the stop, as on a real server
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "120")
                .start();
    }

    /** A fast shutdown: open connections are cut, as when the database server goes away. */
    synchronized void stop() throws IOException {
        closeConnection();
        if (server != null) {
            server.close();
            server = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    synchronized long count(String sql) throws SQLException {
        try (Statement statement = connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    synchronized List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
        }
        return connection;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException alreadyGone) {
                // the server is going away anyway
            }
            connection = null;
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
