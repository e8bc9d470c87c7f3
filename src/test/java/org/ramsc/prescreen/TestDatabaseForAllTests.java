package org.ramsc.prescreen;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers {@link TestDatabase} once for every {@code @QuarkusTest}, so that all test classes share
 * one application boot instead of starting a database per class.
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public final class TestDatabaseForAllTests {

    private TestDatabaseForAllTests() {
    }
}
