package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The app runs as it does in production: as a role that is not a superuser and that cannot empty
 * or rewrite the audit trail, whatever SQL reaches the database through it.
 */
@QuarkusTest
class AuditTrailRightsTest {

    private static final String PERMISSION_DENIED = "42501";

    private final AgroalDataSource dataSource;
    private final AuditLog audit;

    AuditTrailRightsTest(AgroalDataSource dataSource, AuditLog audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Test
    void theAppConnectsAsARoleThatIsNotASuperuser() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT current_user, rolsuper, rolcreaterole, rolbypassrls"
                        + " FROM pg_roles WHERE rolname = current_user")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("prescreen_app");
            assertThat(row.getBoolean(2)).isFalse();
            assertThat(row.getBoolean(3)).isFalse();
            assertThat(row.getBoolean(4)).isFalse();
        }
    }

    @Test
    void theAppsRoleMayAddAuditRowsButNotDeleteUpdateOrTruncateThem() throws SQLException {
        audit.record("rights-check", AuditLog.LOGOUT, null, null, null);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String attack : new String[] {
                    "DELETE FROM audit_event",
                    "UPDATE audit_event SET actor = 'someone else' WHERE actor = 'rights-check'",
                    "TRUNCATE audit_event",
                    "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
                    "DROP TABLE audit_event"}) {
                assertThatThrownBy(() -> sql.execute(attack)).as(attack)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                                .as(attack + ": " + e.getMessage()).isIn(PERMISSION_DENIED, "42501"))
                        .satisfies(e -> assertThat(e.getMessage()).matches("(?s).*(permission denied|must be owner).*"));
            }
            try (ResultSet row = sql.executeQuery("SELECT count(*) FROM audit_event WHERE actor = 'rights-check'")) {
                row.next();
                assertThat(row.getLong(1)).isPositive();
            }
        }
    }

    @Test
    void evenTheSchemasOwnerCannotTruncateTheAuditTrail() throws SQLException {
        String url = ConfigProvider.getConfig().getOptionalValue("quarkus.flyway.jdbc-url", String.class).orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null, "only with the embedded test database");
        try (Connection owner = DriverManager.getConnection(url,
                ConfigProvider.getConfig().getValue("quarkus.flyway.username", String.class),
                ConfigProvider.getConfig().getValue("quarkus.flyway.password", String.class));
                Statement sql = owner.createStatement()) {
            assertThatThrownBy(() -> sql.execute("TRUNCATE audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed or deleted");
        }
    }
}
