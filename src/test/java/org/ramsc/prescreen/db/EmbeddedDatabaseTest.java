package org.ramsc.prescreen.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable embedded PostgreSQL as {@code java -jar} starts it, against the real server: nobody
 * without the generated password gets in, the app's role is not a superuser, an old trust-mode
 * data directory is upgraded in place, and a start that cannot work says why at once.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    private EmbeddedDatabase.Started started;

    @AfterEach
    void stop() {
        if (started != null) {
            started.stop();
        }
    }

    @Test
    void aNewDataDirectoryGetsPasswordsInAFileOnlyTheAppsUserCanRead() throws Exception {
        Path data = dir.resolve("postgres");
        started = EmbeddedDatabase.startDurable(data, freePort());

        Path passwords = dir.resolve("postgres.pgpass");
        assertThat(passwords).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
        assertThat(Files.readString(passwords)).contains("*:*:*:postgres:" + started.passwords().superuser());
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
        assertThat(started.passwords().app()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void nobodyConnectsWithoutThePasswordOverTcpOrTheSocket() throws Exception {
        started = EmbeddedDatabase.startDurable(dir.resolve("postgres"), freePort());

        for (String user : List.of("postgres", "prescreen_owner", "prescreen_app")) {
            assertThatThrownBy(() -> DriverManager.getConnection(started.jdbcUrl() + "?user=" + user).close())
                    .as(user).isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> started.connect(user, "wrong-password").close())
                    .as(user).isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
        // psql as a local user would try it: over TCP and over the default socket directory
        assertThat(psql("-h", "127.0.0.1", "-p", String.valueOf(started.port()), "-U", "postgres", "-w", "-c", "SELECT 1"))
                .isNotZero();
        assertThat(psql("-h", "/tmp", "-p", String.valueOf(started.port()), "-U", "postgres", "-w", "-c", "SELECT 1"))
                .isNotZero();
        assertThat(Path.of("/tmp/.s.PGSQL." + started.port())).doesNotExist();
        // and with the password file, as the README tells operators
        assertThat(psql(List.of("PGPASSFILE=" + EmbeddedDatabase.passwordFile(started.dataDir())),
                "-h", "127.0.0.1", "-p", String.valueOf(started.port()), "-U", "postgres", "-w", "-c", "SELECT 1")).isZero();
    }

    @Test
    void theAppsRoleIsNoSuperuserAndTheOwnerOwnsTheSchema() throws Exception {
        started = EmbeddedDatabase.startDurable(dir.resolve("postgres"), freePort());
        try (Connection app = started.connect(DatabasePasswords.APP, started.passwords().app());
                Statement sql = app.createStatement()) {
            assertThat(single(sql, "SELECT rolsuper::text || rolcreaterole::text || rolcreatedb::text"
                    + " FROM pg_roles WHERE rolname = current_user")).isEqualTo("falsefalsefalse");
            assertThat(single(sql, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'"))
                    .isEqualTo(DatabasePasswords.OWNER);
            assertThatThrownBy(() -> sql.execute("CREATE TABLE intruder (x int)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("SELECT pg_read_file('postgresql.conf')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        try (Connection owner = started.connect(DatabasePasswords.OWNER, started.passwords().owner());
                Statement sql = owner.createStatement()) {
            assertThat(single(sql, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
        }
    }

    @Test
    void anOldTrustModeDataDirectoryIsUpgradedInPlace() throws Exception {
        Path data = dir.resolve("postgres");
        int port = freePort();
        // what earlier versions left: trust for everyone, tables owned by the superuser
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(port).start();
                Connection connection = old.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE submission (id BIGSERIAL PRIMARY KEY, name TEXT)");
            sql.execute("INSERT INTO submission (name) VALUES ('kept across the upgrade')");
            sql.execute("CREATE TABLE audit_event (id BIGSERIAL PRIMARY KEY, actor TEXT)");
            sql.execute("INSERT INTO audit_event (actor) VALUES ('before')");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");

        started = EmbeddedDatabase.startDurable(data, port);

        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
        assertThatThrownBy(() -> DriverManager.getConnection(started.jdbcUrl() + "?user=postgres").close())
                .isInstanceOf(SQLException.class);
        try (Connection app = started.connect(DatabasePasswords.APP, started.passwords().app());
                Statement sql = app.createStatement()) {
            assertThat(single(sql, "SELECT name FROM submission")).isEqualTo("kept across the upgrade");
            sql.executeUpdate("INSERT INTO submission (name) VALUES ('new')");
            sql.executeUpdate("INSERT INTO audit_event (actor) VALUES ('after')");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        try (Connection owner = started.connect(DatabasePasswords.OWNER, started.passwords().owner());
                Statement sql = owner.createStatement()) {
            assertThat(single(sql, "SELECT string_agg(DISTINCT pg_get_userbyid(relowner), ',') FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"))
                    .isEqualTo(DatabasePasswords.OWNER);
        }
        // and the next start finds it as it left it
        started.stop();
        started = EmbeddedDatabase.startDurable(data, port);
        try (Connection app = started.connect(DatabasePasswords.APP, started.passwords().app());
                Statement sql = app.createStatement()) {
            assertThat(single(sql, "SELECT count(*)::text FROM submission")).isEqualTo("2");
        }
    }

    @Test
    void aTakenPortFailsAtOnceNamingThePortAndTheVariable() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            long begin = System.nanoTime();
            assertThatThrownBy(() -> started = EmbeddedDatabase.startDurable(dir.resolve("postgres"), taken.getLocalPort()))
                    .isInstanceOf(EmbeddedDatabase.StartFailure.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("already taken")
                    .hasMessageContaining("APP_EMBEDDED_DB_PORT")
                    .hasMessageNotContaining("another instance using them")
                    .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void anUnwritableDataDirectoryFailsAtOnceNamingTheDirectoryAndTheVariables() throws Exception {
        // root may write anywhere, so "not writable" is made with a path beneath a regular file
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path data = file.resolve("postgres");
        assertThatThrownBy(() -> started = EmbeddedDatabase.startDurable(data, freePort()))
                .isInstanceOf(EmbeddedDatabase.StartFailure.class)
                .hasMessageContaining("cannot write to " + data)
                .hasMessageContaining("APP_EMBEDDED_DB_DIR")
                .hasMessageContaining("QUARKUS_DATASOURCE_JDBC_URL")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aProtectedDirectoryWhosePasswordFileIsGoneSaysSoInsteadOfWaiting() throws Exception {
        Path data = dir.resolve("postgres");
        int port = freePort();
        started = EmbeddedDatabase.startDurable(data, port);
        started.stop();
        started = null;
        Files.delete(EmbeddedDatabase.passwordFile(data));
        assertThatThrownBy(() -> started = EmbeddedDatabase.startDurable(data, port))
                .isInstanceOf(EmbeddedDatabase.StartFailure.class)
                .hasMessageContaining(EmbeddedDatabase.passwordFile(data) + ", which is missing");
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static int psql(String... args) throws IOException, InterruptedException {
        return psql(List.of(), args);
    }

    private static int psql(List<String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(concat("psql", args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("PGPASSWORD");
        builder.environment().remove("PGPASSFILE");
        for (String variable : env) {
            String[] parts = variable.split("=", 2);
            builder.environment().put(parts[0], parts[1]);
        }
        Process process = builder.start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static List<String> concat(String first, String... rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
