package org.ramsc.prescreen.db;

import static org.ramsc.prescreen.db.DatabasePasswords.APP;
import static org.ramsc.prescreen.db.DatabasePasswords.OWNER;
import static org.ramsc.prescreen.db.DatabasePasswords.SUPERUSER;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the embedded database's roles to what the app expects, at every start (idempotent), as
 * the superuser: an owner role that owns schema {@code public} and everything in it (Flyway runs
 * as it), and a non-superuser app role that reads and writes rows but may only add to the audit
 * trail. Also hands over what a superuser created before there were such roles (old data
 * directories, where Flyway ran as {@code postgres}).
 */
final class DatabaseRoles {

    /** Tables the app role may read and append to, never change or empty. */
    static final List<String> APPEND_ONLY = List.of("audit_event");
    /** Only Flyway (the owner) writes the migration history. */
    static final List<String> READ_ONLY = List.of("flyway_schema_history");

    private DatabaseRoles() {
    }

    static void apply(Connection superuser, DatabasePasswords passwords) throws SQLException {
        superuser.setAutoCommit(false);
        try (Statement sql = superuser.createStatement()) {
            for (String role : List.of(OWNER, APP)) {
                sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role
                        + "') THEN CREATE ROLE " + role + "; END IF; END $$");
            }
            // the passwords are base64url (SecretFiles.randomSecret): no quote can end the literal
            sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + passwords.superuser() + "'");
            String plain = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '";
            sql.execute("ALTER ROLE " + OWNER + plain + passwords.owner() + "'");
            sql.execute("ALTER ROLE " + APP + plain + passwords.app() + "'");

            sql.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            sql.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            sql.execute("GRANT USAGE ON SCHEMA public TO " + APP);
            for (String statement : handOver(sql)) {
                sql.execute(statement);
            }
            // tables that Flyway creates later get the app's rights from these defaults; the
            // append-only ones lose them again in their migration (V38)
            sql.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " IN SCHEMA public"
                    + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + APP);
            sql.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " IN SCHEMA public"
                    + " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + APP);
            sql.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + APP);
            for (String name : tables(sql)) {
                String table = quote(name);
                if (APPEND_ONLY.contains(name)) {
                    sql.execute("REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON " + table + " FROM " + APP);
                    sql.execute("GRANT SELECT, INSERT ON " + table + " TO " + APP);
                } else if (READ_ONLY.contains(name)) {
                    sql.execute("REVOKE ALL ON " + table + " FROM " + APP);
                    sql.execute("GRANT SELECT ON " + table + " TO " + APP);
                } else {
                    sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + " TO " + APP);
                }
            }
            superuser.commit();
        } catch (SQLException e) {
            superuser.rollback();
            throw e;
        }
    }

    /** ALTER ... OWNER statements for what anyone but the owner role owns in schema public. */
    private static List<String> handOver(Statement sql) throws SQLException {
        List<String> statements = new ArrayList<>();
        // ALTER TABLE also moves the sequences of the table's serial columns
        try (ResultSet rows = sql.executeQuery("SELECT c.relname, c.relkind FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
                + " AND pg_get_userbyid(c.relowner) <> '" + OWNER + "'"
                + " AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid"
                + " AND d.deptype IN ('a', 'i')))")) {
            while (rows.next()) {
                String kind = switch (rows.getString(2)) {
                    case "S" -> "SEQUENCE";
                    case "v" -> "VIEW";
                    case "m" -> "MATERIALIZED VIEW";
                    case "f" -> "FOREIGN TABLE";
                    default -> "TABLE";
                };
                statements.add("ALTER " + kind + " public." + quote(rows.getString(1)) + " OWNER TO " + OWNER);
            }
        }
        try (ResultSet rows = sql.executeQuery("SELECT p.oid::regprocedure::text FROM pg_proc p"
                + " JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '" + OWNER + "'")) {
            while (rows.next()) {
                statements.add("ALTER ROUTINE " + rows.getString(1) + " OWNER TO " + OWNER);
            }
        }
        return statements;
    }

    private static List<String> tables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT c.relname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
