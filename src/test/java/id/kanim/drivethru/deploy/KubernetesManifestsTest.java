package id.kanim.drivethru.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * deploy/kubernetes is checked offline: every file the kustomization lists (and no other) is parsed, each core
 * object strictly against the fabric8 Kubernetes model (an unknown, misspelt or misplaced field fails), the
 * CloudNativePG objects against their required fields, and the objects against each other (selectors, ports,
 * probes on the health groups of the management port, secrets referenced but never stored). Where kubectl is
 * installed the kustomization is also rendered with it.
 */
class KubernetesManifestsTest {

	static final Path DIR = Path.of("deploy/kubernetes");

	/** The kinds of the Kubernetes core API this deployment uses, each with its model class. */
	static final Map<String, Class<? extends HasMetadata>> CORE_KINDS = Map.of("Namespace", Namespace.class,
			"Deployment", Deployment.class, "Service", Service.class, "Ingress", Ingress.class,
			"PodDisruptionBudget", PodDisruptionBudget.class, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
			"NetworkPolicy", NetworkPolicy.class);

	/**
	 * fabric8's model keeps unknown fields in an "additionalProperties" map instead of failing; with the any-setter
	 * switched off, Jackson's FAIL_ON_UNKNOWN_PROPERTIES applies to every object at every depth.
	 */
	static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {

			@Override
			public Boolean hasAnySetter(Annotated a) {
				return Boolean.FALSE;
			}

			@Override
			@SuppressWarnings("deprecation")
			public boolean hasAnySetterAnnotation(AnnotatedMethod am) {
				return false;
			}
		});

	static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

	@Test
	void theKustomizationListsEveryManifestAndNothingElse() throws IOException {
		var listed = resources();
		try (Stream<Path> files = Files.list(DIR)) {
			var manifests = files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml")).sorted().toList();
			assertThat(listed).containsExactlyInAnyOrderElementsOf(manifests);
		}
		var kustomization = YAML.readTree(DIR.resolve("kustomization.yaml").toFile());
		assertThat(kustomization.path("kind").asText()).isEqualTo("Kustomization");
		assertThat(kustomization.path("namespace").asText()).isEqualTo("drivethru");
	}

	@Test
	void everyCoreObjectParsesStrictly() throws IOException {
		var kinds = new ArrayList<String>();
		for (var document : documents()) {
			var kind = document.path("kind").asText();
			kinds.add(kind);
			if (CORE_KINDS.containsKey(kind)) {
				var object = STRICT.treeToValue(document, CORE_KINDS.get(kind));
				assertThat(object.getMetadata().getName()).as(kind).isNotBlank();
			}
			else {
				assertThat(kind).as("a kind this test knows").isIn("Cluster", "ScheduledBackup");
			}
		}
		assertThat(kinds).containsAll(CORE_KINDS.keySet()).contains("Cluster", "ScheduledBackup")
			.as("secrets are never in the repository").doesNotContain("Secret", "ConfigMap");
	}

	/** The control: the strict parser does catch a misspelt field, at the top and deep inside a pod template. */
	@Test
	void aMisspeltFieldFailsTheParse() throws IOException {
		var deployment = document("Deployment", "drivethru");
		assertThat(STRICT.treeToValue(deployment, Deployment.class)).isNotNull();

		var atTheTop = deployment.deepCopy();
		((com.fasterxml.jackson.databind.node.ObjectNode) atTheTop.path("spec")).put("replica", 2);
		assertThatThrownBy(() -> STRICT.treeToValue(atTheTop, Deployment.class)).hasMessageContaining("replica");

		var deep = deployment.deepCopy();
		var probe = (com.fasterxml.jackson.databind.node.ObjectNode) deep.path("spec").path("template").path("spec")
			.path("containers").get(0).path("readinessProbe");
		probe.set("httpGett", probe.remove("httpGet"));
		assertThatThrownBy(() -> STRICT.treeToValue(deep, Deployment.class)).hasMessageContaining("httpGett");
	}

	@Test
	void theAppRunsAsSeveralHardenedInstancesProbedOnTheHealthGroups() throws IOException {
		var deployment = STRICT.treeToValue(document("Deployment", "drivethru"), Deployment.class);
		var spec = deployment.getSpec();
		assertThat(spec.getReplicas()).isGreaterThanOrEqualTo(2);
		assertThat(spec.getStrategy().getRollingUpdate().getMaxUnavailable()).isEqualTo(new IntOrString(0));
		var pod = spec.getTemplate().getSpec();
		assertThat(spec.getSelector().getMatchLabels()).isEqualTo(spec.getTemplate().getMetadata().getLabels());
		assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(pod.getContainers()).hasSize(1);
		var app = pod.getContainers().get(0);
		assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
		assertThat(app.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
		assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
		assertThat(app.getResources().getLimits()).containsKeys("cpu", "memory");
		assertThat(app.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
		assertThat(pod.getVolumes()).anySatisfy(v -> assertThat(v.getEmptyDir()).isNotNull());

		assertThat(app.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(app.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(app.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
		for (var probe : List.of(app.getStartupProbe(), app.getLivenessProbe(), app.getReadinessProbe())) {
			assertThat(probe.getHttpGet().getPort()).isEqualTo(new IntOrString("management"));
		}
		var env = app.getEnv().stream().collect(java.util.stream.Collectors.toMap(e -> e.getName(), e -> e));
		assertThat(env.get("MANAGEMENT_SERVER_PORT").getValue()).isEqualTo("8081");
		assertThat(app.getPorts()).anySatisfy(p -> {
			assertThat(p.getName()).isEqualTo("management");
			assertThat(p.getContainerPort()).isEqualTo(8081);
		});
		// Graceful shutdown: the pause before stopping plus Spring's shutdown phase fit in the grace period.
		assertThat(app.getLifecycle().getPreStop().getSleep().getSeconds()).isPositive();
		long shutdownPhase = Long.parseLong(env.get("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE").getValue()
			.replace("s", ""));
		assertThat(pod.getTerminationGracePeriodSeconds())
			.isGreaterThan(app.getLifecycle().getPreStop().getSleep().getSeconds() + shutdownPhase);
		// Secrets only by reference: no literal value for anything that looks like a credential.
		assertThat(app.getEnv()).allSatisfy(e -> {
			if (e.getName().matches(".*(PASSWORD|TOKEN|SECRET|AUTH).*")) {
				assertThat(e.getValue()).as(e.getName()).isNull();
				assertThat(e.getValueFrom().getSecretKeyRef()).as(e.getName()).isNotNull();
			}
		});
	}

	@Test
	void theServiceIngressBudgetAndAutoscalerFitTheDeployment() throws IOException {
		var deployment = STRICT.treeToValue(document("Deployment", "drivethru"), Deployment.class);
		var podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
		var service = STRICT.treeToValue(document("Service", "drivethru"), Service.class);
		assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
		assertThat(service.getSpec().getPorts()).singleElement()
			.satisfies(p -> assertThat(p.getTargetPort()).isEqualTo(new IntOrString("http")));

		var ingress = STRICT.treeToValue(document("Ingress", "drivethru"), Ingress.class);
		assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
			assertThat(tls.getSecretName()).isNotBlank();
			assertThat(tls.getHosts()).containsExactly(ingress.getSpec().getRules().get(0).getHost());
		});
		var backends = ingress.getSpec().getRules().stream().flatMap(r -> r.getHttp().getPaths().stream())
			.map(p -> p.getBackend().getService()).toList();
		assertThat(backends).isNotEmpty().allSatisfy(b -> {
			assertThat(b.getName()).as("the Ingress never reaches the management port").isEqualTo("drivethru");
			assertThat(b.getPort().getName()).isEqualTo("http");
		});

		var budget = STRICT.treeToValue(document("PodDisruptionBudget", "drivethru"), PodDisruptionBudget.class);
		assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
		assertThat(budget.getSpec().getMinAvailable().getIntVal()).isBetween(1, deployment.getSpec().getReplicas() - 1);

		var autoscaler = STRICT.treeToValue(document("HorizontalPodAutoscaler", "drivethru"),
				HorizontalPodAutoscaler.class);
		assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
		assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo("drivethru");
		assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
		assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(autoscaler.getSpec().getMinReplicas());

		var policy = STRICT.treeToValue(document("NetworkPolicy", "drivethru"), NetworkPolicy.class);
		assertThat(podLabels).containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
	}

	/**
	 * The CloudNativePG cluster has what its CRD requires and what this deployment counts on: three instances,
	 * synchronous replication, backups to object storage with credentials from a Secret, and a schedule.
	 */
	@Test
	void theDatabaseIsAReplicatedCloudNativePgClusterWithScheduledBackups() throws IOException {
		var cluster = document("Cluster", "drivethru-db");
		assertThat(cluster.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
		var spec = cluster.path("spec");
		assertThat(spec.path("instances").asInt()).isEqualTo(3);
		assertThat(spec.path("storage").path("size").asText()).matches("\\d+[GT]i");
		var synchronous = spec.path("postgresql").path("synchronous");
		assertThat(synchronous.path("method").asText()).isIn("any", "first");
		assertThat(synchronous.path("number").asInt()).isBetween(1, spec.path("instances").asInt() - 1);
		var store = spec.path("backup").path("barmanObjectStore");
		assertThat(store.path("destinationPath").asText()).matches("(s3|gs|https)://.+");
		for (var credential : List.of("accessKeyId", "secretAccessKey")) {
			var ref = store.path("s3Credentials").path(credential);
			assertThat(ref.path("name").asText()).as(credential).isNotBlank();
			assertThat(ref.path("key").asText()).as(credential).isNotBlank();
		}
		assertThat(spec.path("bootstrap").path("initdb").path("database").asText()).isEqualTo("app");
		// The app connects to the read-write service and reads the operator-made Secret "<cluster>-app".
		var app = document("Deployment", "drivethru").path("spec").path("template").path("spec").path("containers")
			.get(0).path("env");
		var url = new ArrayList<String>();
		var secrets = new ArrayList<String>();
		app.forEach(e -> {
			if (e.path("name").asText().equals("SPRING_DATASOURCE_URL")) {
				url.add(e.path("value").asText());
			}
			if (e.path("name").asText().startsWith("SPRING_DATASOURCE_")) {
				secrets.add(e.path("valueFrom").path("secretKeyRef").path("name").asText());
			}
		});
		assertThat(url).containsExactly("jdbc:postgresql://drivethru-db-rw:5432/app");
		assertThat(secrets).contains("drivethru-db-app");

		var backup = document("ScheduledBackup", "drivethru-db-nightly");
		assertThat(backup.path("spec").path("cluster").path("name").asText()).isEqualTo("drivethru-db");
		assertThat(backup.path("spec").path("schedule").asText().split(" ")).as("six cron fields, seconds first")
			.hasSize(6);
	}

	/** Every Secret the manifests refer to is explained in the folder's README, so an operator can make it. */
	@Test
	void everyReferencedSecretIsDescribedInTheReadme() throws IOException {
		var readme = Files.readString(DIR.resolve("README.md"), StandardCharsets.UTF_8);
		var names = new ArrayList<String>();
		for (var document : documents()) {
			collectSecretNames(document, names);
		}
		assertThat(names).contains("drivethru-db-app", "drivethru-backup-s3", "drivethru-tls");
		assertThat(names).allSatisfy(name -> assertThat(readme).contains(name));
	}

	@Test
	void kubectlRendersTheKustomization() throws Exception {
		var kubectl = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
			.map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst();
		Assumptions.assumeTrue(kubectl.isPresent(),
				"kubectl is not installed here: the kustomization is checked by parsing alone");
		var process = new ProcessBuilder(kubectl.get().toString(), "kustomize", DIR.toString()).redirectErrorStream(true)
			.start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		try (var parser = YAML.getFactory().createParser(output)) {
			var rendered = YAML.readValues(parser, JsonNode.class).readAll();
			for (var document : rendered) {
				var kind = document.path("kind").asText();
				assertThat(document.path("metadata").path("namespace").asText()).as(kind).isIn("drivethru", "");
				if (CORE_KINDS.containsKey(kind)) {
					STRICT.treeToValue(document, CORE_KINDS.get(kind));
				}
				if (kind.equals("Deployment")) {
					assertThat(STRICT.treeToValue(document, Deployment.class).getSpec().getTemplate().getSpec()
						.getContainers().get(0).getImage()).as("the image set by the kustomization").contains("/").contains(":");
				}
			}
			assertThat(rendered).hasSize(documents().size());
		}
	}

	private static void collectSecretNames(JsonNode node, List<String> names) {
		if (node.isObject()) {
			node.properties().forEach(field -> {
				var value = field.getValue();
				if ((field.getKey().equals("secretKeyRef") || field.getKey().equals("secretRef")) && value.has("name")) {
					names.add(value.path("name").asText());
				}
				if (field.getKey().endsWith("Credentials")) { // CloudNativePG: {accessKeyId: {name, key}, ...}
					value.forEach(ref -> names.add(ref.path("name").asText()));
				}
				if (field.getKey().equals("secretName")) {
					names.add(value.asText());
				}
				collectSecretNames(value, names);
			});
		}
		else if (node.isArray()) {
			node.forEach(child -> collectSecretNames(child, names));
		}
	}

	private static List<String> resources() throws IOException {
		var kustomization = YAML.readTree(DIR.resolve("kustomization.yaml").toFile());
		var names = new ArrayList<String>();
		kustomization.path("resources").forEach(r -> names.add(r.asText()));
		return names;
	}

	private static List<JsonNode> documents() throws IOException {
		var all = new ArrayList<JsonNode>();
		for (var resource : resources()) {
			try (var parser = YAML.getFactory().createParser(DIR.resolve(resource).toFile())) {
				YAML.readValues(parser, JsonNode.class).forEachRemaining(all::add);
			}
		}
		return all;
	}

	private static JsonNode document(String kind, String name) throws IOException {
		return documents().stream()
			.filter(d -> d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText().equals(name))
			.findFirst().orElseThrow(() -> new AssertionError("No " + kind + " " + name));
	}

}
