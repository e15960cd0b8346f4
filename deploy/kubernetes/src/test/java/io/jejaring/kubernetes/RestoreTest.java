package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The point-in-time restore (README, "Backup and restore"): the restore component over prod, as the runbook adds
 * it, recreates one cluster from exactly what the backups write, and changes nothing else.
 */
class RestoreTest {

    static final String PLUGIN = "barman-cloud.cloudnative-pg.io";
    /** A PostgreSQL or RFC 3339 timestamp with an explicit offset: the server's zone must not decide the moment. */
    static final Pattern TARGET_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}(:?\\d{2})?)");

    private static Manifests prod;
    private static Manifests restored;

    @BeforeAll
    static void renderProdWithTheRestore() {
        prod = Manifests.of("prod");
        restored = Manifests.withComponents("prod", List.of("restore"));
    }

    @Test
    void oneClusterIsRecoveredFromWhereTheBackupsOfItsNamesakeWentUpToATime() {
        JsonNode cluster = restoredCluster();
        String name = Manifests.name(cluster);
        JsonNode original = prod.get("Cluster", name);
        JsonNode recovery = cluster.path("spec").path("bootstrap").path("recovery");
        assertThat(cluster.path("spec").path("bootstrap").has("initdb")).as("initdb of the restored %s", name).isFalse();

        // The source: the ObjectStore the backups component writes to, under the name the cluster archived as.
        JsonNode source = externalCluster(cluster, recovery.path("source").asText());
        assertThat(source.path("plugin").path("name").asText()).isEqualTo(PLUGIN);
        String store = Manifests.name(prod.ofKind("ObjectStore").get(0));
        assertThat(source.path("plugin").path("parameters").path("barmanObjectName").asText()).isEqualTo(store);
        assertThat(source.path("plugin").path("parameters").path("serverName").asText())
                .as("where %s's backups and WAL are", name).isEqualTo(archiveName(original));
        assertThat(prod.ofKind("ScheduledBackup")).as("a scheduled backup of %s", name)
                .anySatisfy(b -> assertThat(b.path("spec").path("cluster").path("name").asText()).isEqualTo(name));

        // To a moment, with its offset.
        assertThat(recovery.path("recoveryTarget").path("targetTime").asText()).matches(TARGET_TIME);
        // The same database and owner, so <cluster>-app again holds the credentials the service reads.
        JsonNode initdb = original.path("spec").path("bootstrap").path("initdb");
        assertThat(recovery.path("database").asText()).isEqualTo(initdb.path("database").asText());
        assertThat(recovery.path("owner").asText()).isEqualTo(initdb.path("owner").asText());

        // It archives again, to the same store, but never over the history it was restored from.
        JsonNode archiver = walArchiver(cluster);
        assertThat(archiver.path("parameters").path("barmanObjectName").asText()).isEqualTo(store);
        assertThat(archiveName(cluster)).isNotEqualTo(archiveName(original));
    }

    @Test
    void everythingElseRendersAsInProd() {
        JsonNode cluster = restoredCluster();
        List<JsonNode> others = restored.documents.stream().filter(d -> d != cluster).toList();
        List<JsonNode> prodOthers = prod.documents.stream()
                .filter(d -> !(d.path("kind").asText().equals("Cluster") && Manifests.name(d).equals(Manifests.name(cluster)))).toList();
        assertThat(others).containsExactlyInAnyOrderElementsOf(prodOthers);
        // And the restored cluster is the prod one in all but how it starts and where it archives.
        JsonNode original = prod.get("Cluster", Manifests.name(cluster)).path("spec");
        for (String field : List.of("instances", "imageCatalogRef", "resources", "storage", "walStorage", "postgresql", "certificates")) {
            assertThat(cluster.path("spec").path(field)).as(field).isEqualTo(original.path(field));
        }
    }

    private static JsonNode restoredCluster() {
        List<JsonNode> recovering = restored.ofKind("Cluster").stream()
                .filter(c -> c.path("spec").path("bootstrap").has("recovery")).toList();
        assertThat(recovering).as("clusters bootstrapped by recovery").hasSize(1);
        return recovering.get(0);
    }

    private static JsonNode externalCluster(JsonNode cluster, String name) {
        for (JsonNode external : cluster.path("spec").path("externalClusters")) {
            if (external.path("name").asText().equals(name)) {
                return external;
            }
        }
        throw new AssertionError("no external cluster " + name + " in " + Manifests.name(cluster));
    }

    private static JsonNode walArchiver(JsonNode cluster) {
        for (JsonNode plugin : cluster.path("spec").path("plugins")) {
            if (plugin.path("name").asText().equals(PLUGIN) && plugin.path("isWALArchiver").asBoolean()) {
                return plugin;
            }
        }
        throw new AssertionError("no WAL archiver on " + Manifests.name(cluster));
    }

    /** Where a cluster archives: the plugin's serverName, by default the cluster's own name. */
    private static String archiveName(JsonNode cluster) {
        return walArchiver(cluster).path("parameters").path("serverName").asText(Manifests.name(cluster));
    }
}
