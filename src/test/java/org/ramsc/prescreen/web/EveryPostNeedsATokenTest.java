package org.ramsc.prescreen.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.security.StaffBrowser;
import org.ramsc.prescreen.security.TestAccounts;

/**
 * Finds every state-changing endpoint of the app by reflection, so that a new one cannot slip
 * past the check, and posts to each as a signed-in admin without a token (no body at all, a form
 * without the field, a forged field): none may succeed or redirect.
 */
@QuarkusTest
class EveryPostNeedsATokenTest {

    @Inject
    TestAccounts accounts;

    private StaffBrowser admin;

    @BeforeEach
    void signIn() {
        admin = new StaffBrowser();
        assertThat(admin.signIn(accounts.admin(), TestAccounts.PASSWORD).statusCode()).isBetween(302, 303);
        admin.get("/staff");
    }

    @Test
    void findsTheStateChangingEndpoints() throws IOException {
        assertThat(stateChangingPaths()).contains("/admin/users/{id}/disable", "/staff/submissions/{id}/rerun",
                "/logout", "/screening/step/{n}", "/screening/send").hasSizeGreaterThan(15);
    }

    @Test
    void refusesEveryBodilessPost() throws IOException {
        for (String template : stateChangingPaths()) {
            if (template.startsWith("/api/")) {
                continue;
            }
            Response response = given().redirects().follow(false).header("X-Forwarded-For", admin.address())
                    .cookies(admin.cookies()).post(concrete(template));
            assertRefused(template, "no body", response);
        }
    }

    @Test
    void refusesEveryFormPostWithoutOrWithAForgedToken() throws IOException {
        for (String template : stateChangingPaths()) {
            if (template.startsWith("/api/")) {
                continue;
            }
            for (String body : List.of("status=closed", "csrf-token=" + "A".repeat(43) + "&status=closed")) {
                Response response = given().redirects().follow(false).header("X-Forwarded-For", admin.address())
                        .cookies(admin.cookies()).contentType("application/x-www-form-urlencoded").body(body)
                        .post(concrete(template));
                assertRefused(template, body, response);
            }
        }
    }

    private static void assertRefused(String template, String what, Response response) {
        assertThat(response.statusCode()).as("%s with %s", template, what).isIn(400, 403, 405, 415, 422);
        assertThat(response.header("Location")).as("%s with %s", template, what).isNull();
        assertThat(response.asString()).as("%s with %s", template, what).contains("</html>");
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{n}", "1").replaceAll("\\{[a-z]+}", UUID.randomUUID().toString());
    }

    /** The path templates of every POST, PUT, PATCH and DELETE method of the app's resources. */
    static List<String> stateChangingPaths() throws IOException {
        java.nio.file.Path classes = Paths.get("target/classes");
        List<String> paths = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, EveryPostNeedsATokenTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    boolean changes = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                            || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(DELETE.class);
                    if (changes) {
                        Path sub = method.getAnnotation(Path.class);
                        paths.add(join(root.value(), sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return paths;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
