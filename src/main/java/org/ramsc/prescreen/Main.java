package org.ramsc.prescreen;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.ramsc.prescreen.db.EmbeddedDatabase;

/**
 * Starts an embedded PostgreSQL before the app when no external database is configured, so that
 * {@code java -jar} and {@code quarkus:dev} work on a machine with nothing installed. Not while the
 * build records the class-data archive (AppCDS): that run stops before any connection is made.
 */
@QuarkusMain
public final class Main {

    public static void main(String... args) {
        boolean recordingClassArchive = Boolean.getBoolean("quarkus.appcds.generate");
        if (!recordingClassArchive && !EmbeddedDatabase.externalConfigured()) {
            String url = EmbeddedDatabase.startDurable();
            System.setProperty("quarkus.datasource.jdbc.url", url);
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "postgres");
        }
        Quarkus.run(args);
    }
}
