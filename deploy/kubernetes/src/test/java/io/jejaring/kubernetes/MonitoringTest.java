package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Prod's monitoring: a PodMonitor for everything that exports metrics, on a port those pods have; the alerts
 * the README promises, each reading metrics something exports, each with a runbook in the README.
 */
class MonitoringTest {

    static final List<String> REQUIRED_ALERTS = List.of("JejaringOutboxBacklogGrowing", "JejaringConsumerLagGrowing",
            "JejaringDeadLetters", "JejaringWalArchivingFailing", "JejaringBackupTooOld", "JejaringVolumeFilling",
            "JejaringVolumeAlmostFull", "JejaringPodCrashLooping");

    /** What Kafka Exporter (Strimzi's kafkaExporter) exports, from its documentation. */
    static final Set<String> KAFKA_EXPORTER = Set.of("kafka_brokers", "kafka_topic_partitions",
            "kafka_topic_partition_current_offset", "kafka_topic_partition_oldest_offset",
            "kafka_topic_partition_in_sync_replica", "kafka_topic_partition_under_replicated_partition",
            "kafka_consumergroup_current_offset", "kafka_consumergroup_lag", "kafka_consumergroup_lag_sum",
            "kafka_consumergroup_members");
    /** Kafka MBeans (gauges of the broker and the controller, and the log's size) as the JMX exporter names them. */
    static final Set<String> KAFKA_JMX = Set.of("kafka_server_replicamanager_underminisrpartitioncount",
            "kafka_server_replicamanager_underreplicatedpartitions", "kafka_controller_kafkacontroller_activecontrollercount",
            "kafka_controller_kafkacontroller_offlinepartitionscount", "kafka_log_log_size");
    /** CloudNativePG's instance exporter: the default pg_stat_archiver query and the collector's own gauges. */
    static final Set<String> CLOUDNATIVE_PG = Set.of("cnpg_pg_stat_archiver_archived_count",
            "cnpg_pg_stat_archiver_failed_count", "cnpg_pg_stat_archiver_last_archived_time",
            "cnpg_pg_stat_archiver_last_failed_time", "cnpg_pg_stat_archiver_seconds_since_last_archival",
            "cnpg_collector_last_available_backup_timestamp", "cnpg_collector_up");
    /** The Barman Cloud plugin's, through the same exporter, where the clusters archive with it. */
    static final Set<String> BARMAN_CLOUD_PLUGIN = Set.of("barman_cloud_cloudnative_pg_io_last_available_backup_timestamp",
            "barman_cloud_cloudnative_pg_io_last_failed_backup_timestamp", "barman_cloud_cloudnative_pg_io_first_recoverability_point");
    /** The cluster's own exporters, scraped by any Prometheus Operator install (kube-prometheus-stack). */
    static final Set<String> KUBELET_AND_KUBE_STATE_METRICS = Set.of("kubelet_volume_stats_used_bytes",
            "kubelet_volume_stats_capacity_bytes", "kubelet_volume_stats_available_bytes",
            "kube_pod_container_status_restarts_total", "kube_pod_container_status_waiting_reason");

    private static final Set<String> PROMQL_WORDS = Set.of("sum", "max", "min", "avg", "count", "by", "without", "and", "or",
            "unless", "on", "ignoring", "offset", "delta", "increase", "rate", "deriv", "time", "abs", "clamp_min", "absent");
    private static final Pattern GAUGE = Pattern.compile("(?:Gauge|Counter|Timer)\\.builder\\(\\s*\"([^\"]+)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private final Manifests prod = Manifests.of("prod");

    @Test
    void everyRequiredAlertExistsWithARunbookInTheReadme() {
        Map<String, JsonNode> alerts = alerts(prod);
        assertThat(alerts.keySet()).containsAll(REQUIRED_ALERTS);
        Set<String> anchors = readmeAnchors();
        alerts.forEach((name, rule) -> {
            String runbook = rule.path("annotations").path("runbook_url").asText();
            assertThat(runbook).as("runbook of %s", name).startsWith("deploy/kubernetes/README.md#");
            assertThat(anchors).as("README section of %s", name).contains(runbook.substring(runbook.indexOf('#') + 1));
            assertThat(rule.path("labels").path("severity").asText()).as("severity of %s", name).isIn("warning", "critical");
        });
    }

    @Test
    void everyAlertReadsMetricsThatSomethingInTheClusterExports() {
        Set<String> exported = exportedMetrics(prod);
        assertThat(alerts(prod)).isNotEmpty();
        alerts(prod).forEach((name, rule) -> {
            Set<String> metrics = metricNames(rule.path("expr").asText());
            assertThat(metrics).as("metrics of %s", name).isNotEmpty();
            assertThat(exported).as("what %s reads", name).containsAll(metrics);
        });
    }

    @Test
    void everyPodMonitorScrapesAPortItsPodsHaveAndEveryExporterIsScraped() {
        Map<String, Pod> pods = metricsPods(prod);
        Set<String> scraped = new LinkedHashSet<>();
        for (JsonNode monitor : prod.ofKind("PodMonitor")) {
            String port = monitor.path("spec").path("podMetricsEndpoints").get(0).path("port").asText();
            int selected = 0;
            for (Pod pod : pods.values()) {
                if (Selectors.matches(monitor.path("spec").path("selector"), pod.labels())) {
                    selected++;
                    assertThat(pod.ports()).as("ports of %s, scraped by %s", pod.name(), Manifests.name(monitor)).contains(port);
                    scraped.add(pod.name());
                }
            }
            assertThat(selected).as("pods PodMonitor %s selects", Manifests.name(monitor)).isPositive();
        }
        assertThat(scraped).containsExactlyInAnyOrderElementsOf(pods.keySet());
    }

    @Test
    void kafkaExporterReachesTheBrokersAndPrometheusReachesTheDatabasesAndPoolersExporters() {
        NetworkModel net = new NetworkModel(prod);
        String cluster = Manifests.name(ConfigContractTest.kafka(prod));
        net.endpoints.put("kafka-exporter", new NetworkModel.Endpoint("kafka-exporter", net.namespace,
                NetworkModel.labels("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka", "strimzi.io/name", cluster + "-kafka-exporter"),
                Map.of("tcp-prometheus", 9404), false));
        net.endpoints.put("prometheus", new NetworkModel.Endpoint("prometheus", "monitoring", NetworkModel.labels(), Map.of(), false));
        for (JsonNode pool : prod.ofKind("KafkaNodePool")) {
            if (KafkaClusterTest.roles(pool).contains("broker")) {
                assertThat(net.allows("kafka-exporter", cluster + "-" + Manifests.name(pool), 9091)).isTrue();
            }
        }
        for (JsonNode database : prod.ofKind("Cluster")) {
            assertThat(net.allows("prometheus", Manifests.name(database), 9187)).as("Prometheus -> %s", Manifests.name(database)).isTrue();
        }
        for (JsonNode pooler : prod.ofKind("Pooler")) {
            assertThat(net.allows("prometheus", Manifests.name(pooler), 9127)).as("Prometheus -> %s", Manifests.name(pooler)).isTrue();
        }
    }

    /** The thresholds of the alerts on the ratio of used to total volume bytes. */
    static List<Double> volumeAlertThresholds(Manifests manifests) {
        List<Double> thresholds = new ArrayList<>();
        Pattern ratio = Pattern.compile("kubelet_volume_stats_used_bytes\\{namespace=\"(\\w+)\"}\\s*/\\s*"
                + "kubelet_volume_stats_capacity_bytes\\{namespace=\"\\1\"}\\s*>\\s*([0-9.]+)");
        String namespace = Manifests.name(manifests.ofKind("Namespace").get(0));
        for (JsonNode rule : alerts(manifests).values()) {
            Matcher m = ratio.matcher(rule.path("expr").asText());
            if (m.find() && m.group(1).equals(namespace)) {
                thresholds.add(Double.valueOf(m.group(2)));
            }
        }
        return thresholds;
    }

    static Map<String, JsonNode> alerts(Manifests manifests) {
        Map<String, JsonNode> alerts = new LinkedHashMap<>();
        for (JsonNode rules : manifests.ofKind("PrometheusRule")) {
            for (JsonNode group : rules.path("spec").path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    if (rule.has("alert")) {
                        alerts.put(rule.path("alert").asText(), rule);
                    }
                }
            }
        }
        return alerts;
    }

    /** The metric names in a PromQL expression: identifiers outside label matchers, ranges and by-lists. */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            if (!PROMQL_WORDS.contains(m.group()) && !m.group().matches("\\d.*")) {
                names.add(m.group());
            }
        }
        return names;
    }

    /** What the rendered workloads export, each set only where its exporter runs in this render. */
    private static Set<String> exportedMetrics(Manifests manifests) {
        Set<String> exported = new LinkedHashSet<>(KUBELET_AND_KUBE_STATE_METRICS);
        if (!manifests.ofKind("Deployment").isEmpty()) {
            exported.addAll(micrometerMeters());
        }
        if (ConfigContractTest.kafka(manifests).path("spec").has("kafkaExporter")) {
            exported.addAll(KAFKA_EXPORTER);
        }
        List<Pattern> kafkaRules = kafkaJmxRuleNames(manifests);
        if (!kafkaRules.isEmpty()) {
            for (String metric : KAFKA_JMX) {
                assertThat(kafkaRules).as("a rule of the Kafka metrics ConfigMap that exports %s", metric)
                        .anyMatch(rule -> rule.matcher(metric).matches());
            }
            exported.addAll(KAFKA_JMX);
        }
        if (!manifests.ofKind("Cluster").isEmpty()) {
            exported.addAll(CLOUDNATIVE_PG);
        }
        if (!manifests.ofKind("ObjectStore").isEmpty()) {
            exported.addAll(BARMAN_CLOUD_PLUGIN);
        }
        return exported;
    }

    /** The meters the apps and the plumbing register with Micrometer, named as Prometheus writes them. */
    private static Set<String> micrometerMeters() {
        List<Path> dirs = new ArrayList<>(List.of(Repo.PLUMBING.resolve("src/main/java")));
        Repo.APPS.stream().filter(Repo::hasSources).forEach(app -> dirs.add(Repo.service(app).resolve("src/main/java")));
        Set<String> meters = new LinkedHashSet<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .forEach(f -> GAUGE.matcher(Repo.read(f)).results().forEach(r -> meters.add(r.group(1).replace('.', '_'))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return meters;
    }

    /** The metric names the Kafka nodes' JMX exporter rules produce, as patterns ($1 matches any part). */
    private static List<Pattern> kafkaJmxRuleNames(Manifests manifests) {
        JsonNode reference = ConfigContractTest.kafka(manifests).path("spec").path("kafka").path("metricsConfig")
                .path("valueFrom").path("configMapKeyRef");
        List<Pattern> names = new ArrayList<>();
        if (reference.isMissingNode()) {
            return names;
        }
        String rules = manifests.get("ConfigMap", reference.path("name").asText()).path("data").path(reference.path("key").asText()).asText();
        try {
            JsonNode config = new YAMLMapper().readTree(rules);
            boolean lower = config.path("lowercaseOutputName").asBoolean();
            for (JsonNode rule : config.path("rules")) {
                String name = rule.path("name").asText();
                String regex = Pattern.quote(lower ? name.toLowerCase(Locale.ROOT) : name).replaceAll("\\$\\d", "\\\\E[a-z0-9_]+\\\\Q");
                names.add(Pattern.compile(regex));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** A pod that exports metrics: its labels and its named ports. */
    record Pod(String name, JsonNode labels, Set<String> ports) {
    }

    /** The services, the database instances, and (as Strimzi builds them) the Kafka nodes and Kafka Exporter. */
    private static Map<String, Pod> metricsPods(Manifests manifests) {
        Map<String, Pod> pods = new LinkedHashMap<>();
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            Set<String> ports = new LinkedHashSet<>(Manifests.container(deployment).path("ports").findValuesAsText("name"));
            pods.put(Manifests.name(deployment), new Pod(Manifests.name(deployment),
                    deployment.path("spec").path("template").path("metadata").path("labels"), ports));
        }
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            pods.put(Manifests.name(cluster), new Pod(Manifests.name(cluster),
                    NetworkModel.labels("cnpg.io/cluster", Manifests.name(cluster), "cnpg.io/podRole", "instance"),
                    Set.of("postgresql", "status", "metrics")));
        }
        for (JsonNode pooler : manifests.ofKind("Pooler")) {
            pods.put(Manifests.name(pooler), new Pod(Manifests.name(pooler),
                    NetworkModel.labels("cnpg.io/poolerName", Manifests.name(pooler), "cnpg.io/podRole", "pooler"),
                    Set.of("pgbouncer", "metrics")));
        }
        JsonNode kafka = ConfigContractTest.kafka(manifests);
        String cluster = Manifests.name(kafka);
        Set<String> kafkaPorts = kafka.path("spec").path("kafka").has("metricsConfig") ? Set.of("tcp-prometheus") : Set.of();
        for (JsonNode pool : manifests.ofKind("KafkaNodePool")) {
            ObjectNode labels = NetworkModel.labels("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", cluster + "-kafka", "strimzi.io/pool-name", Manifests.name(pool));
            pods.put(cluster + "-" + Manifests.name(pool), new Pod(cluster + "-" + Manifests.name(pool), labels, kafkaPorts));
        }
        if (kafka.path("spec").has("kafkaExporter")) {
            pods.put(cluster + "-kafka-exporter", new Pod(cluster + "-kafka-exporter", NetworkModel.labels("strimzi.io/cluster", cluster,
                    "strimzi.io/kind", "Kafka", "strimzi.io/name", cluster + "-kafka-exporter"), Set.of("tcp-prometheus")));
        }
        return pods;
    }

    /** GitHub's anchors for the README's headings. */
    private static Set<String> readmeAnchors() {
        Set<String> anchors = new LinkedHashSet<>();
        for (String line : Repo.read(Repo.KUBERNETES.resolve("README.md")).split("\n")) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
