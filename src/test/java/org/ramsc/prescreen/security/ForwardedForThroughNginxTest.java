package org.ramsc.prescreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.packaged.RoundRobinProxy;
import org.ramsc.prescreen.screening.Browser;
import org.ramsc.prescreen.screening.ScreeningJourney;

/**
 * Finding 5 of issue 10: the app believed the leftmost X-Forwarded-For entry, which a client can
 * write itself and which the shipped nginx configuration passes on. A client at 127.0.0.2 sends a
 * forged entry through Debian's nginx with docker/nginx.conf (nginx at 127.0.0.1, the trusted
 * proxy); the audit row of its submission must name 127.0.0.2.
 */
@QuarkusTest
class ForwardedForThroughNginxTest {

    private static final String CLIENT = "127.0.0.2";
    private static final String FORGED = "6.6.6.6";

    @Test
    void recordsTheAddressNginxSawNotTheOneTheClientWrote() throws Exception {
        if (!RoundRobinProxy.installed()) {
            String why = RoundRobinProxy.NGINX + " is missing (sudo apt-get install -y nginx)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why + ": test skipped");
        }
        String code;
        try (RoundRobinProxy nginx = RoundRobinProxy.inFrontOf(RestAssured.port)) {
            String baseUri = RestAssured.baseURI;
            int port = RestAssured.port;
            RestAssuredConfig config = RestAssured.config;
            try {
                RestAssured.baseURI = "http://127.0.0.1";
                RestAssured.port = Integer.parseInt(nginx.baseUrl().substring(nginx.baseUrl().lastIndexOf(':') + 1));
                // the connection to nginx comes from 127.0.0.2, an address no proxy setting trusts
                RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName(CLIENT)));
                code = ScreeningJourney.send(new Browser().from(FORGED));
            } finally {
                RestAssured.baseURI = baseUri;
                RestAssured.port = port;
                RestAssured.config = config;
            }
        }

        List<AuditEvent> created = QuarkusTransaction.requiringNew().call(() -> AuditEvent.list(
                "action = ?1 and detail like ?2 order by id desc", AuditLog.SUBMISSION_CREATED, "%"));
        String id = QuarkusTransaction.requiringNew().call(() -> org.ramsc.prescreen.submission.Submission
                .findByReferenceCode(code).orElseThrow().id.toString());
        AuditEvent row = created.stream().filter(e -> id.equals(e.targetId)).findFirst().orElseThrow();
        assertThat(row.remoteAddr).isEqualTo(CLIENT).isNotEqualTo(FORGED);
    }
}
