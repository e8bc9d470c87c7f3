package org.ramsc.prescreen.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramsc.prescreen.load.FormClient.expect;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ramsc.prescreen.load.Crowd;
import org.ramsc.prescreen.load.FormClient;
import org.ramsc.prescreen.load.Patient;

/**
 * Two packaged instances on one PostgreSQL behind nginx with the production site configuration,
 * round-robin and without sticky sessions: everything a visitor has is in the database or in an
 * encrypted cookie, so any instance serves any request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final String ADMIN = "first-admin";
    private static final String FIRST_PASSWORD = "bootstrap-password-0123";
    private static final String NEW_PASSWORD = "chosen-password-4567";

    private StoppableDatabase database;
    private AppInstance one;
    private AppInstance two;
    private RoundRobinProxy proxy;

    @BeforeAll
    void startTwoInstancesBehindTheProxy() throws Exception {
        if (!RoundRobinProxy.installed()) {
            String why = RoundRobinProxy.NGINX + " is missing (sudo apt-get install -y nginx)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why + ": the two-instance tests must run in CI");
            }
            Assumptions.abort(why + ": two-instance tests skipped");
        }
        database = StoppableDatabase.started("two-instances");
        // both start at once, as a deployment rolls out: the migrations and the first admin happen once
        Map<String, String> bootstrap = Map.of("APP_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                "APP_BOOTSTRAP_ADMIN_PASSWORD", FIRST_PASSWORD);
        one = AppInstance.on("instance-1", database, bootstrap);
        two = AppInstance.on("instance-2", database, bootstrap);
        one.awaitReady(Duration.ofSeconds(120));
        two.awaitReady(Duration.ofSeconds(120));
        proxy = RoundRobinProxy.start(one, two);
    }

    @AfterAll
    void stopAll() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {proxy, one, two, database}) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    void bothInstancesStartTogetherOnOneDatabaseAndCreateTheFirstAdminOnce() throws Exception {
        assertThat(database.count("select count(*) from account where username = '" + ADMIN + "'")).isEqualTo(1);
        assertThat(database.count("select count(*) from flyway_schema_history where not success")).isZero();
    }

    @Test
    void aPatientsWizardContinuesOnTheOtherInstanceStepByStep() throws Exception {
        Patient patient = new Patient(FormClient.sharedClient(), one.baseUrl());
        expect(patient.get("/screening/step/1"), 200);
        for (int step = 1; step <= Patient.STEPS_TO_ANSWER; step++) {
            AppInstance here = step % 2 == 1 ? one : two;
            patient.at(here.baseUrl());
            expect(patient.get("/screening/step/" + step), 200);
            patient.answerStep(step);
        }
        // every answer given on either instance is on the review page of each
        for (AppInstance instance : List.of(one, two)) {
            String review = expect(patient.at(instance.baseUrl()).get("/screening/review"), 200).body();
            assertThat(review).contains("52").contains("4.6").contains("甲氨蝶呤");
        }
        patient.at(two.baseUrl()).confirmReviewAndReadResult();
        String code = patient.at(one.baseUrl()).sendToClinic();

        assertThat(expect(patient.at(two.baseUrl()).get("/screening/sent"), 200).body()).contains(code);
        assertThat(database.strings("select outcome from submission where reference_code = '" + code + "'"))
                .containsExactly("DISCUSS");
    }

    @Test
    void aStaffSessionStartedOnOneInstanceWorksOnTheOther() throws Exception {
        FormClient admin = new FormClient(FormClient.sharedClient(), one.baseUrl(), nanos -> { }).language("en");
        expect(admin.get("/login"), 200);
        HttpResponse<String> signedIn = admin.post("/login", List.of("username", ADMIN, "password", FIRST_PASSWORD));
        assertThat(signedIn.statusCode()).isIn(302, 303);
        // a second browser of the same account, whose cookie is copied before the password change
        FormClient elsewhere = new FormClient(FormClient.sharedClient(), two.baseUrl(), nanos -> { }).language("en");
        expect(elsewhere.get("/login"), 200);
        elsewhere.post("/login", List.of("username", ADMIN, "password", FIRST_PASSWORD));
        String copiedBeforeChange = elsewhere.cookie("staff-session");
        assertThat(copiedBeforeChange).isNotNull();

        // the first admin must choose a new password: done on the other instance, with its form's token
        admin.at(two.baseUrl());
        expect(admin.get("/account/password"), 200);
        expect(admin.post("/account/password", List.of("current", FIRST_PASSWORD, "newPassword", NEW_PASSWORD,
                "repeat", NEW_PASSWORD)), 303);

        for (AppInstance instance : List.of(one, two)) {
            admin.at(instance.baseUrl());
            assertThat(expect(admin.get("/staff"), 200).body()).as("signed in on " + instance.baseUrl())
                    .contains("action=\"/logout\"");
            expect(admin.get("/admin/users"), 200);
        }
        // and a change made through one instance is seen through the other
        admin.at(one.baseUrl());
        expect(admin.get("/admin/users"), 200);
        expect(admin.post("/admin/users", List.of("username", "nurse-two-instances", "role", "staff",
                "password", "nurse-password-890")), 303);
        assertThat(expect(admin.at(two.baseUrl()).get("/admin/users"), 200).body()).contains("nurse-two-instances");

        // sessions are rows in the shared database: a copied cookie dies everywhere at once
        String copiedBeforeLogout = admin.cookie("staff-session");
        admin.at(one.baseUrl());
        expect(admin.get("/staff"), 200);
        expect(admin.post("/logout", List.of()), 303);
        for (AppInstance instance : List.of(one, two)) {
            for (String copied : List.of(copiedBeforeLogout, copiedBeforeChange)) {
                HttpResponse<String> replayed = FormClient.sharedClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(instance.baseUrl() + "/staff"))
                        .header("Cookie", "staff-session=" + copied).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(replayed.statusCode()).as("replayed on " + instance.baseUrl()).isEqualTo(303);
                assertThat(replayed.headers().firstValue("Location")).hasValue("/login");
            }
        }
    }

    @Test
    void twoHundredPatientsAtOnceThroughTheProxyLoseNothing() throws Exception {
        long before = database.count("select count(*) from submission");

        Crowd crowd = new Crowd(proxy.baseUrl()).oneJourneyEach(200);

        assertThat(crowd.firstFailures()).isEmpty();
        assertThat(crowd.failedJourneys()).isZero();
        assertThat(crowd.duplicateCodes()).isZero();
        Set<String> confirmed = crowd.confirmedCodes();
        assertThat(confirmed).hasSize(200);
        // every confirmed code is stored once, and nothing is stored that nobody was told about
        assertThat(database.count("select count(*) from submission")).isEqualTo(before + 200);
        List<String> stored = database.strings("select reference_code from submission where reference_code in ("
                + String.join(",", confirmed.stream().map(code -> "'" + code + "'").toList()) + ")");
        assertThat(stored).hasSize(200).doesNotHaveDuplicates();
        // no orphans: a sent draft is deleted in the same transaction, and every row is complete
        assertThat(database.count("select count(*) from draft d join submission s on s.draft_token_hash = d.token_hash"))
                .isZero();
        assertThat(database.count("select count(*) from submission where jsonb_array_length(rule_results) <> 16"
                + " or answers = '{}'::jsonb")).isZero();
        // round-robin really spread the patients over both instances
        assertThat(proxy.accessLog()).contains("127.0.0.1:" + one.port()).contains("127.0.0.1:" + two.port());
        System.out.printf("200 concurrent journeys through nginx: p50 %.1f ms, p99 %.1f ms per request%n",
                crowd.percentileMs(50), crowd.percentileMs(99));
    }

    @Test
    void theProxyKeepsOperationsEndpointsOffThePublicSite() throws Exception {
        FormClient visitor = new FormClient(FormClient.sharedClient(), proxy.baseUrl(), nanos -> { });
        assertThat(visitor.get("/q/health/ready").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/q/metrics").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/q/openapi").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/").statusCode()).isEqualTo(200);
    }
}
