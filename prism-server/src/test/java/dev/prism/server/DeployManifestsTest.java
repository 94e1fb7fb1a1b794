package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests under {@code deploy/kubernetes} say what must hold for several nodes to
 * run as tested: probes on the server's real routes, a non-root user, the database secret, a
 * disruption budget and autoscaler that keep enough nodes, and settings the server understands.
 */
class DeployManifestsTest {
  static final Path DIR = Path.of("..", "deploy", "kubernetes");
  static final Map<String, JsonNode> BY_KIND = new HashMap<>();

  @BeforeAll
  static void read() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode doc = yaml.readTree(f.toFile());
        assertThat(doc.path("apiVersion").asText()).as(f.toString()).isNotBlank();
        BY_KIND.put(doc.path("kind").asText(), doc);
      }
    }
  }

  static JsonNode container() {
    return BY_KIND.get("Deployment").path("spec").path("template").path("spec").path("containers").get(0);
  }

  @Test
  void everyPieceIsThere() {
    assertThat(BY_KIND).containsKeys("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ConfigMap", "Secret");
  }

  @Test
  void probesAskTheServersOwnHealthRoutes() {
    JsonNode c = container();
    assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/readyz");
    assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/healthz");
    // The routes exist, and answer whatever Host the kubelet sends (the pod's address).
    try (TestNode n = TestNode.h2()) {
      assertThat(n.server.routes()).contains("GET /readyz", "GET /healthz");
    }
    assertThat(ServerConfig.defaults().withAllowedHosts(Set.of("prism.example.org")).hostAllowed("10.1.2.3:8080")).isFalse();
  }

  @Test
  void theContainerRunsAsAnUnprivilegedUserOnEveryInterface() {
    JsonNode pod = BY_KIND.get("Deployment").path("spec").path("template").path("spec");
    assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(pod.path("securityContext").path("runAsUser").asInt()).isPositive();
    JsonNode c = container();
    assertThat(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
    assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
    // Loopback is the default: a pod must say 0.0.0.0, or the Service reaches nothing.
    assertThat(c.path("args").toString()).contains("\"--host\",\"0.0.0.0\"");
    assertThat(c.path("ports").findValuesAsText("containerPort")).contains("8080", "9090");
  }

  @Test
  void credentialsComeFromTheSecretAndSettingsFromTheConfigMap() {
    JsonNode c = container();
    Map<String, String> fromSecret = new HashMap<>();
    c.path("env").forEach(e -> fromSecret.put(e.path("name").asText(), e.path("valueFrom").path("secretKeyRef").path("name").asText()));
    assertThat(fromSecret).containsEntry("PRISM_DB_PASSWORD", "prism-db").containsEntry("PRISM_DB_USER", "prism-db")
        .containsEntry("PRISM_ADMIN_TOKEN", "prism-db");
    JsonNode secret = BY_KIND.get("Secret");
    assertThat(secret.path("metadata").path("name").asText()).isEqualTo("prism-db");
    assertThat(secret.path("stringData").path("PRISM_DB_PASSWORD").asText()).isEqualTo("REPLACE-ME");
    JsonNode config = BY_KIND.get("ConfigMap");
    assertThat(c.path("envFrom").get(0).path("configMapRef").path("name").asText()).isEqualTo(config.path("metadata").path("name").asText());
    assertThat(config.path("data").path("PRISM_DB_URL").asText()).startsWith("jdbc:postgresql://");
    // Every setting is one the server reads, and none of them is a password.
    Map<String, String> env = new HashMap<>();
    config.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    env.remove("PRISM_DB_URL");
    ServerConfig parsed = ServerConfig.defaults().withEnvironment(env);
    assertThat(parsed.managementPort()).isEqualTo(9090);
    assertThat(parsed.managementHost()).isEqualTo("0.0.0.0");
    assertThat(env.keySet()).noneMatch(k -> k.contains("PASSWORD") || k.contains("TOKEN"));
  }

  @Test
  void scalingKeepsEnoughNodesThroughDisruptions() {
    int replicas = BY_KIND.get("Deployment").path("spec").path("replicas").asInt();
    JsonNode hpa = BY_KIND.get("HorizontalPodAutoscaler").path("spec");
    int minAvailable = BY_KIND.get("PodDisruptionBudget").path("spec").path("minAvailable").asInt();
    assertThat(hpa.path("scaleTargetRef").path("name").asText()).isEqualTo("prism");
    assertThat(hpa.path("minReplicas").asInt()).isGreaterThan(minAvailable).isLessThanOrEqualTo(replicas);
    assertThat(hpa.path("maxReplicas").asInt()).isGreaterThan(hpa.path("minReplicas").asInt());
    assertThat(minAvailable).isGreaterThanOrEqualTo(2);
    // CPU utilisation needs a CPU request to be measured against.
    assertThat(container().path("resources").path("requests").path("cpu").asText()).isNotBlank();
    assertThat(container().path("resources").path("limits").path("memory").asText()).isNotBlank();
  }

  @Test
  void selectorsMatchThePods() {
    JsonNode labels = BY_KIND.get("Deployment").path("spec").path("template").path("metadata").path("labels");
    Set<String> selectors = new HashSet<>();
    selectors.add(BY_KIND.get("Service").path("spec").path("selector").toString());
    selectors.add(BY_KIND.get("PodDisruptionBudget").path("spec").path("selector").path("matchLabels").toString());
    selectors.add(BY_KIND.get("Deployment").path("spec").path("selector").path("matchLabels").toString());
    assertThat(selectors).containsExactly(labels.toString());
    assertThat(BY_KIND.get("Service").path("spec").path("ports").get(0).path("targetPort").asText()).isEqualTo("http");
  }

  @Test
  void theImageIsTheOneJibBuilds() throws IOException {
    String pom = Files.readString(Path.of("..", "prism-cli", "pom.xml"));
    assertThat(pom).contains("<image>prism:${project.version}</image>", "<user>10001:10001</user>");
    assertThat(container().path("image").asText()).isEqualTo("prism:0.1.0");
    assertThat(BY_KIND.get("Deployment").path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asText())
        .isEqualTo("10001");
  }
}
