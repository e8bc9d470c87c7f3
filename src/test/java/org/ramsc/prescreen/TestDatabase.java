package org.ramsc.prescreen;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.ramsc.prescreen.db.EmbeddedDatabase;

/**
 * Gives every {@code @QuarkusTest} a real PostgreSQL: a throwaway embedded one on a free port, set up
 * as the app runs it (passwords, the app's non-superuser role, the append-only audit table; Flyway as
 * the schema's owner), or the external one named by {@code QUARKUS_DATASOURCE_JDBC_URL} (then this
 * resource stays out of it).
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase.Started postgres;

    @Override
    public Map<String, String> start() {
        if (EmbeddedDatabase.externalConfigured()) {
            return Map.of();
        }
        try {
            postgres = EmbeddedDatabase.startThrowaway();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return postgres.quarkusProperties();
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.stop();
        }
    }
}
