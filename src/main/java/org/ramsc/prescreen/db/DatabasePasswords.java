package org.ramsc.prescreen.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The passwords of the embedded database's three roles, kept in a file in PostgreSQL's own
 * password-file format ({@code host:port:database:user:password}, mode 0600), so that an operator
 * can connect with {@code PGPASSFILE=data/postgres.pgpass psql -h 127.0.0.1 -p 15432 -U postgres}.
 */
public record DatabasePasswords(String superuser, String owner, String app) {

    /** The operator's role, and the one that creates the other two. */
    public static final String SUPERUSER = "postgres";
    /** Owns the app's schema and its tables; Flyway runs as this role. */
    public static final String OWNER = "prescreen_owner";
    /** What the app connects as: reads and writes rows, may only add to the audit trail. */
    public static final String APP = "prescreen_app";

    public static DatabasePasswords generate() {
        return new DatabasePasswords(SecretFiles.randomSecret(), SecretFiles.randomSecret(), SecretFiles.randomSecret());
    }

    /** Reads the file, or creates it with new random passwords when there is none. */
    public static DatabasePasswords readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            DatabasePasswords fresh = generate();
            SecretFiles.createOwnerOnly(file, fresh.fileContent());
            return fresh;
        }
        return read(file);
    }

    public static DatabasePasswords read(Path file) throws IOException {
        Map<String, String> byUser = new HashMap<>();
        for (String line : SecretFiles.readOwnerOnly(file).split("\n")) {
            String[] fields = line.strip().split(":", 5);
            if (fields.length == 5 && !line.startsWith("#")) {
                byUser.put(fields[3], fields[4]);
            }
        }
        for (String user : new String[] {SUPERUSER, OWNER, APP}) {
            if (!byUser.containsKey(user)) {
                throw new IOException(file + " has no line for " + user);
            }
        }
        return new DatabasePasswords(byUser.get(SUPERUSER), byUser.get(OWNER), byUser.get(APP));
    }

    String fileContent() {
        return "# Passwords of the embedded PostgreSQL (written by the app on first start; keep private).\n"
                + "# Use: PGPASSFILE=<this file> psql -h 127.0.0.1 -p <port> -U " + SUPERUSER + "\n"
                + "*:*:*:" + SUPERUSER + ":" + superuser + "\n"
                + "*:*:*:" + OWNER + ":" + owner + "\n"
                + "*:*:*:" + APP + ":" + app + "\n";
    }

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }
}
