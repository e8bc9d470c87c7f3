package org.ramsc.prescreen;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestMail} once for every {@code @QuarkusTest}, like {@link TestDatabaseForAllTests}. */
@QuarkusTestResource(value = TestMail.class, restrictToAnnotatedClass = false)
public final class TestMailForAllTests {

    private TestMailForAllTests() {
    }
}
