package org.ramsc.prescreen.web;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests to the management interface (health, metrics), which listens on its own port. */
public final class Management {

    private Management() {
    }

    /** The port the test app's management interface was given (quarkus.management.test-port=0 picks one). */
    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    public static RequestSpecification given() {
        return io.restassured.RestAssured.given().port(port());
    }
}
