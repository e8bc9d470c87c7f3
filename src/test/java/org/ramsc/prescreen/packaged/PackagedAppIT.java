package org.ramsc.prescreen.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged jar as a user would, with no database configured: it must start its own
 * embedded PostgreSQL, report ready with the database check up, and keep its data across a restart.
 */
class PackagedAppIT {

    @Test
    void startsOnItsOwnEmbeddedDatabaseAndIsReady() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "packaged-data");
        int dbPort = AppInstance.freePort();

        Duration firstReady;
        try (AppInstance first = AppInstance.onItsOwnDatabase("packaged-first", dataDir, dbPort)) {
            firstReady = first.awaitReady(Duration.ofSeconds(90));
            String health = first.management("/q/health/ready").body();
            assertThat(health).contains("\"status\": \"UP\"").contains("Database connections health check");
        }
        try (AppInstance second = AppInstance.onItsOwnDatabase("packaged-restart", dataDir, dbPort)) {
            Duration secondReady = second.awaitReady(Duration.ofSeconds(90));
            assertThat(second.management("/q/health/ready").statusCode()).isEqualTo(200);
            assertThat(second.logText()).doesNotContain("Migrating schema");
            System.out.printf("Packaged app start-to-ready: first start %d ms (new data directory), restart %d ms%n",
                    firstReady.toMillis(), secondReady.toMillis());
        }
    }
}
