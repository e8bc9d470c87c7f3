package org.ramsc.prescreen;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.ramsc.prescreen.db.EmbeddedDatabase;
import org.ramsc.prescreen.db.SecretFiles;
import org.ramsc.prescreen.security.SessionKeyCheck;

/**
 * Starts an embedded PostgreSQL before the app when no external database is configured, so that
 * {@code java -jar} and {@code quarkus:dev} work on a machine with nothing installed. Not while the
 * build records the class-data archive (AppCDS): that run stops before any connection is made.
 *
 * <p>A start that cannot work (port taken, directory not writable, no session key for an external
 * database) ends here with one line that says what to set, before Quarkus prints anything.
 */
@QuarkusMain
public final class Main {

    public static void main(String... args) {
        try {
            prepare(devMode());
        } catch (EmbeddedDatabase.StartFailure failure) {
            System.err.println("ERROR: " + failure.getMessage());
            System.exit(1);
        }
        Quarkus.run(args);
    }

    /**
     * Whether this is {@code quarkus:dev}. The launch mode is set when Quarkus itself starts, which
     * may be after this method runs; dev mode's class loader names its mode from the beginning.
     */
    static boolean devMode() {
        String loader = String.valueOf(Main.class.getClassLoader().getName());
        return LaunchMode.current() == LaunchMode.DEVELOPMENT || loader.contains(": DEV");
    }

    /** Starts the embedded database and sets the system properties that point the app at it. */
    static Optional<EmbeddedDatabase.Started> prepare(boolean devMode) {
        boolean recordingClassArchive = Boolean.getBoolean("quarkus.appcds.generate");
        if (recordingClassArchive) {
            return Optional.empty();
        }
        if (EmbeddedDatabase.externalConfigured()) {
            // one database, many instances: they must share the key, so it cannot be made up here
            if (!devMode) {
                SessionKeyCheck.problem(configuredSessionKey()).ifPresent(problem -> {
                    throw new EmbeddedDatabase.StartFailure(problem);
                });
            }
            return Optional.empty();
        }
        EmbeddedDatabase.Started started = EmbeddedDatabase.startDurable(devMode);
        started.quarkusProperties().forEach(System::setProperty);
        Optional<String> key = configuredSessionKey();
        if (key.isEmpty()) {
            System.setProperty("app.session-key", generatedSessionKey(started.dataDir()));
        } else if (!devMode) {
            SessionKeyCheck.problem(key).ifPresent(problem -> {
                throw new EmbeddedDatabase.StartFailure(problem);
            });
        }
        return Optional.of(started);
    }

    /** One instance by definition: its key can live beside its data, readable by the app's user only. */
    static String generatedSessionKey(Path dataDir) {
        Path file = EmbeddedDatabase.sessionKeyFile(dataDir);
        try {
            return SecretFiles.readOrCreateSecret(file);
        } catch (IOException e) {
            throw new EmbeddedDatabase.StartFailure("Cannot read or write the session key file " + file + " ("
                    + e.getMessage() + "). Set APP_SESSION_KEY, or " + EmbeddedDatabase.DATA_DIR_ENV
                    + " to a writable directory.");
        }
    }

    private static Optional<String> configuredSessionKey() {
        String value = System.getProperty("app.session-key");
        if (value == null || value.isBlank()) {
            value = System.getenv("APP_SESSION_KEY");
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
