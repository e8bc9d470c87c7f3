package org.ramsc.prescreen.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** quarkus:dev keeps its demo accounts in a directory and on a port of its own, never the jar's. */
class DevModeDataTest {

    @Test
    void devModeAndThePackagedAppUseDifferentDirectoriesAndPorts() {
        assertThat(EmbeddedDatabase.dataDir(true)).isEqualTo(Path.of("data/dev-postgres").toAbsolutePath());
        assertThat(EmbeddedDatabase.port(true)).isEqualTo(15433);
        assertThat(EmbeddedDatabase.dataDir(false)).isEqualTo(Path.of("data/postgres").toAbsolutePath());
        assertThat(EmbeddedDatabase.port(false)).isEqualTo(15432);
        assertThat(EmbeddedDatabase.passwordFile(EmbeddedDatabase.dataDir(true)))
                .isNotEqualTo(EmbeddedDatabase.passwordFile(EmbeddedDatabase.dataDir(false)));
    }

    @Test
    void anExplicitDirectoryAndPortWinInEitherMode() {
        System.setProperty("app.embedded-db.dir", "/srv/prescreen/db");
        System.setProperty("app.embedded-db.port", "25432");
        try {
            assertThat(EmbeddedDatabase.dataDir(true)).isEqualTo(Path.of("/srv/prescreen/db"));
            assertThat(EmbeddedDatabase.port(false)).isEqualTo(25432);
        } finally {
            System.clearProperty("app.embedded-db.dir");
            System.clearProperty("app.embedded-db.port");
        }
    }
}
