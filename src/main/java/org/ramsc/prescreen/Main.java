package org.ramsc.prescreen;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ramsc.prescreen.db.EmbeddedDatabase;
import org.ramsc.prescreen.db.SecretFiles;
import org.ramsc.prescreen.security.SessionKeyCheck;

/**
 * Starts an embedded PostgreSQL before the app when no external database is configured, so that
 * {@code java -jar} and {@code quarkus:dev} work on a machine with nothing installed. Not while the
 * build records the class-data archive (AppCDS): that run stops before any connection is made.
 *
 * <p>The server starts on a thread of its own while Quarkus runs its static initialisation, which
 * needs no database; the app's runtime start (Flyway first) waits for it. On two cores this saves
 * most of the server's start from the time to ready.
 *
 * <p>A start that cannot work (port taken, directory not writable, no session key for an external
 * database) ends here with one line that says what to set, before Quarkus prints anything.
 */
@QuarkusMain
public final class Main {

    /** What Quarkus generates for the packaged app; its class initialiser is the static start. */
    private static final String GENERATED_APPLICATION = "io.quarkus.runner.ApplicationImpl";

    public static void main(String... args) {
        boolean devMode = devMode();
        try {
            Optional<EmbeddedDatabase.Prepared> database = prepare(devMode);
            if (database.isPresent()) {
                CompletableFuture<EmbeddedDatabase.Started> started = startInBackground(database.get());
                if (!devMode) {
                    initializeQuarkusStatically();
                }
                awaitStart(started);
            }
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

    /**
     * Checks what can fail at once and sets the system properties that point the app at the
     * embedded database; the server itself is not started yet ({@link #startInBackground}).
     */
    static Optional<EmbeddedDatabase.Prepared> prepare(boolean devMode) {
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
        EmbeddedDatabase.Prepared prepared = EmbeddedDatabase.prepareDurable(devMode);
        prepared.quarkusProperties().forEach(System::setProperty);
        Optional<String> key = configuredSessionKey();
        if (key.isEmpty()) {
            System.setProperty("app.session-key", generatedSessionKey(prepared.dataDir()));
        } else if (!devMode) {
            SessionKeyCheck.problem(key).ifPresent(problem -> {
                throw new EmbeddedDatabase.StartFailure(problem);
            });
        }
        return Optional.of(prepared);
    }

    /** On a thread of its own, not the common pool, which Quarkus configures before first use. */
    static CompletableFuture<EmbeddedDatabase.Started> startInBackground(EmbeddedDatabase.Prepared prepared) {
        CompletableFuture<EmbeddedDatabase.Started> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                started.complete(EmbeddedDatabase.startUntilExit(prepared));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    static EmbeddedDatabase.Started awaitStart(CompletableFuture<EmbeddedDatabase.Started> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Runs the packaged app's static initialisation now, as {@link Quarkus#run} would first thing,
     * with the same two system properties set before it. Where there is no generated application
     * (tests, an IDE), Quarkus.run takes its own way and nothing happens here.
     */
    static void initializeQuarkusStatically() {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        System.setProperty("java.util.concurrent.ForkJoinPool.common.threadFactory",
                "io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory");
        try {
            Class.forName(GENERATED_APPLICATION, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException notPackaged) {
            // Quarkus.run launches the app its own way
        }
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
