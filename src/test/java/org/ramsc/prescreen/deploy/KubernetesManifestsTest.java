package org.ramsc.prescreen.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramsc.prescreen.web.Management;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/k8s parses, fits together, keeps secrets in Secrets, and its probes and scrape path are
 * ones this app answers: renaming an endpoint or a Secret key breaks this test, not a rollout.
 * (SnakeYAML comes with the OpenAPI extension.)
 */
@QuarkusTest
class KubernetesManifestsTest {

    private static final Path DIR = Path.of("docker/k8s");
    // the JDBC URL is an address, not a secret: the database cluster's -rw Service (see below)
    private static final List<String> SECRET_VARIABLES = List.of("QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD", "APP_SESSION_KEY", "APP_BOOTSTRAP_ADMIN_USERNAME",
            "APP_BOOTSTRAP_ADMIN_PASSWORD");

    private static final List<Map<String, Object>> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void parse() throws IOException {
        DOCUMENTS.clear();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    assertThat(document).as(file.toString()).isInstanceOf(Map.class);
                    DOCUMENTS.add(map(document));
                }
            }
        }
    }

    @Test
    void everyManifestNamesItsKindAndTheKustomizationAppliesAllButTheSecretExample() throws IOException {
        for (Map<String, Object> document : DOCUMENTS) {
            assertThat(document).containsKeys("apiVersion", "kind");
            if (!"Kustomization".equals(document.get("kind"))) {
                assertThat(map(document.get("metadata"))).containsKey("name");
            }
        }
        List<String> applied = list(only("Kustomization").get("resources")).stream().map(String.class::cast).toList();
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(applied).containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals("kustomization.yaml") && !name.equals("secret.example.yaml"))
                    .toList());
        }
    }

    @Test
    void theDeploymentRunsTwoNonRootReplicasWithLimitsAndTheAppsProbes() throws IOException {
        Map<String, Object> deployment = only("Deployment");
        Map<String, Object> spec = map(deployment.get("spec"));
        assertThat(spec.get("replicas")).isEqualTo(2);
        Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
        Map<String, Object> podSecurity = map(pod.get("securityContext"));
        assertThat(podSecurity).containsEntry("runAsNonRoot", true);
        // the same user as the image, which must be numeric for runAsNonRoot to be checked
        assertThat(Files.readString(Path.of("docker/Dockerfile")))
                .contains("USER " + podSecurity.get("runAsUser") + ":" + podSecurity.get("runAsGroup"));

        Map<String, Object> container = container(deployment);
        assertThat(map(container.get("securityContext"))).containsEntry("allowPrivilegeEscalation", false)
                .containsEntry("readOnlyRootFilesystem", true);
        Map<String, Object> resources = map(container.get("resources"));
        assertThat(map(resources.get("requests"))).containsKeys("cpu", "memory");
        assertThat(map(resources.get("limits"))).containsKeys("cpu", "memory");

        assertThat(probePath(container, "startupProbe")).isEqualTo("/q/health/started");
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/q/health/ready");
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/q/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            // on the management interface, which the Service and the Ingress do not expose
            assertThat(map(map(container.get(probe)).get("httpGet")).get("port")).isEqualTo("management");
            Management.given().get(probePath(container, probe)).then().statusCode(200);
            given().get(probePath(container, probe)).then().statusCode(404);
        }
        assertThat(list(container.get("ports"))).anySatisfy(port ->
                assertThat(map(port)).containsEntry("name", "http").containsEntry("containerPort", 8080));
        assertThat(list(container.get("ports"))).anySatisfy(port ->
                assertThat(map(port)).containsEntry("name", "management").containsEntry("containerPort", 9000));
    }

    @Test
    void secretsComeFromSecretsThatTheExampleDescribes() {
        Map<String, Map<String, Object>> exampleKeys = new HashMap<>();
        for (Map<String, Object> secret : all("Secret")) {
            exampleKeys.put((String) map(secret.get("metadata")).get("name"), map(secret.get("stringData")));
        }
        Map<String, Map<String, Object>> env = new HashMap<>();
        for (Object variable : list(container(only("Deployment")).get("env"))) {
            env.put((String) map(variable).get("name"), map(variable));
        }
        for (String name : SECRET_VARIABLES) {
            assertThat(env).as(name).containsKey(name);
            assertThat(env.get(name)).as(name + " has no literal value").doesNotContainKey("value");
            Map<String, Object> ref = map(map(env.get(name).get("valueFrom")).get("secretKeyRef"));
            assertThat(exampleKeys).as(name).containsKey((String) ref.get("name"));
            assertThat(exampleKeys.get((String) ref.get("name"))).as(name).containsKey((String) ref.get("key"));
        }
        for (Map<String, Object> keys : exampleKeys.values()) {
            keys.forEach((key, value) -> {
                if (key.contains("password") || key.contains("key")) {
                    assertThat((String) value).as("example %s is a placeholder", key).startsWith("REPLACE");
                }
            });
        }
    }

    @Test
    void theDatabaseIsATwoInstanceCloudNativePgClusterThatTheAppWritesToThroughItsPrimary() {
        Map<String, Object> cluster = only("Cluster");
        assertThat(cluster.get("apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(list(only("Kustomization").get("resources"))).contains("postgres-cluster.yaml");
        String clusterName = (String) map(cluster.get("metadata")).get("name");
        Map<String, Object> spec = map(cluster.get("spec"));
        assertThat(spec.get("instances")).isEqualTo(2);
        assertThat(map(spec.get("storage"))).containsKey("size");
        Map<String, Object> initdb = map(map(spec.get("bootstrap")).get("initdb"));
        String database = (String) initdb.get("database");
        assertThat(database).isNotBlank();
        assertThat(initdb.get("owner")).isNotNull();

        // the app connects to the Service that follows the primary, never to a pod or a replica
        Map<String, Map<String, Object>> env = new HashMap<>();
        for (Object variable : list(container(only("Deployment")).get("env"))) {
            env.put((String) map(variable).get("name"), map(variable));
        }
        assertThat((String) env.get("QUARKUS_DATASOURCE_JDBC_URL").get("value"))
                .startsWith("jdbc:postgresql://" + clusterName + "-rw:5432/" + database + "?")
                .contains("sslmode=require");

        // and signs in as the owner the cluster was bootstrapped with, from the same Secret
        String ownerSecret = (String) map(initdb.get("secret")).get("name");
        Map<String, Object> example = all("Secret").stream()
                .filter(secret -> ownerSecret.equals(map(secret.get("metadata")).get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("secret.example.yaml does not describe " + ownerSecret));
        // CloudNativePG reads the owner's credentials only from a basic-auth Secret
        assertThat(example.get("type")).isEqualTo("kubernetes.io/basic-auth");
        assertThat(map(example.get("stringData"))).containsEntry("username", initdb.get("owner"));
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            Map<String, Object> ref = map(map(env.get(variable).get("valueFrom")).get("secretKeyRef"));
            assertThat(ref).as(variable).containsEntry("name", ownerSecret);
            assertThat(ref.get("key")).as(variable).isEqualTo(variable.endsWith("USERNAME") ? "username" : "password");
        }

        // the app's Service and PodDisruptionBudget select pods by labels that the database's pods must
        // not carry: CloudNativePG gives them the Cluster's inheritedMetadata labels and, where the
        // operator is configured to, the Cluster's own
        Map<String, Object> selector = map(map(only("Service").get("spec")).get("selector"));
        List<Map<String, Object>> passedOn = new ArrayList<>(List.of(map(map(cluster.get("metadata")).get("labels"))));
        if (spec.get("inheritedMetadata") instanceof Map<?, ?> inherited && inherited.get("labels") != null) {
            passedOn.add(map(inherited.get("labels")));
        }
        for (Map<String, Object> labels : passedOn) {
            selector.forEach((key, value) -> assertThat(labels.get(key)).as(key).isNotEqualTo(value));
        }
    }

    @Test
    void theServiceAndTheAutoscalerPointAtTheDeployment() {
        Map<String, Object> deployment = only("Deployment");
        String name = (String) map(deployment.get("metadata")).get("name");
        Map<String, Object> podLabels = map(map(map(map(deployment.get("spec")).get("template")).get("metadata"))
                .get("labels"));

        Map<String, Object> service = map(only("Service").get("spec"));
        assertThat(podLabels).containsAllEntriesOf(map(service.get("selector")));
        assertThat(list(service.get("ports"))).allSatisfy(port ->
                assertThat(map(port)).containsEntry("targetPort", "http"));

        Map<String, Object> hpa = only("HorizontalPodAutoscaler");
        assertThat(hpa.get("apiVersion")).isEqualTo("autoscaling/v2");
        Map<String, Object> hpaSpec = map(hpa.get("spec"));
        assertThat(map(hpaSpec.get("scaleTargetRef"))).containsEntry("kind", "Deployment").containsEntry("name", name);
        assertThat(hpaSpec.get("minReplicas")).isEqualTo(2);
        assertThat(list(hpaSpec.get("metrics"))).anySatisfy(metric ->
                assertThat(map(map(metric).get("resource"))).containsEntry("name", "cpu"));

        Map<String, Object> budget = map(only("PodDisruptionBudget").get("spec"));
        assertThat(podLabels).containsAllEntriesOf(map(map(budget.get("selector")).get("matchLabels")));
    }

    @Test
    void theIngressRoutesTheSiteToTheServicesSitePortAndNeverTheManagementPort() {
        Map<String, Object> ingress = only("Ingress");
        assertThat(ingress.get("apiVersion")).isEqualTo("networking.k8s.io/v1");
        String serviceName = (String) map(only("Service").get("metadata")).get("name");
        List<Object> rules = list(map(ingress.get("spec")).get("rules"));
        assertThat(rules).isNotEmpty();
        List<String> paths = new ArrayList<>();
        for (Object rule : rules) {
            for (Object path : list(map(map(rule).get("http")).get("paths"))) {
                Map<String, Object> service = map(map(map(path).get("backend")).get("service"));
                assertThat(service).containsEntry("name", serviceName);
                assertThat(map(service.get("port"))).containsEntry("name", "http");
                paths.add((String) map(path).get("path"));
            }
        }
        assertThat(paths).contains("/").noneMatch(path -> path.startsWith("/q"));
        // what "/" reaches: the site, where health and metrics do not answer
        assertThat(list(map(only("Service").get("spec")).get("ports"))).allSatisfy(port ->
                assertThat(map(port).get("targetPort")).isEqualTo("http"));
        given().get("/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void kubectlKustomizeRendersEveryManifestWhenKubectlIsInstalled() throws Exception {
        java.nio.file.Path kubectl = java.nio.file.Path.of("/usr/local/bin/kubectl");
        if (!Files.isExecutable(kubectl)) {
            kubectl = java.nio.file.Path.of("/usr/bin/kubectl");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(kubectl), "kubectl is not installed");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", DIR.toString()).redirectErrorStream(true)
                .start();
        String rendered = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(rendered).isZero();
        assertThat(rendered).contains("kind: Ingress", "kind: Deployment", "kind: Service", "kind: Cluster");
    }

    @Test
    void prometheusIsToldWhereTheMetricsAre() {
        Map<String, Object> annotations = map(map(map(map(only("Deployment").get("spec")).get("template"))
                .get("metadata")).get("annotations"));
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/port", "9000");
        given().get((String) annotations.get("prometheus.io/path")).then().statusCode(404);
        String metrics = Management.given().get((String) annotations.get("prometheus.io/path")).then().statusCode(200)
                .extract().asString();
        assertThat(metrics).contains("prescreen_screenings_started_total");
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container.get(probe)).get("httpGet")).get("path");
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = list(map(map(map(deployment.get("spec")).get("template")).get("spec"))
                .get("containers"));
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    private static Map<String, Object> only(String kind) {
        List<Map<String, Object>> found = all(kind);
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static List<Map<String, Object>> all(String kind) {
        return DOCUMENTS.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
