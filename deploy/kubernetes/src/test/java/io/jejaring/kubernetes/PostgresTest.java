package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The CloudNativePG clusters and their PgBouncer poolers: sizing, volumes, spread, image, and how services connect. */
class PostgresTest {

    static final List<String> OVERLAYS = Repo.OVERLAYS;
    static final String ZONE = "topology.kubernetes.io/zone";

    private static final Pattern PG_MEMORY = Pattern.compile("(\\d+)(kB|MB|GB|TB)");
    private static final Pattern DIGEST = Pattern.compile(".+@sha256:[0-9a-f]{64}");
    /**
     * The session parameters PgBouncer tracks per client and sets on every server connection it lends (its
     * track_extra_parameters defaults plus the always-tracked ones): a SET of one of these survives transaction pooling.
     */
    private static final Set<String> PGBOUNCER_TRACKED = Set.of("timezone", "client_encoding", "datestyle",
            "intervalstyle", "standard_conforming_strings", "application_name");
    /** SQL that holds state in a session beyond its transaction, which transaction pooling would hand to others. */
    private static final Pattern SESSION_STATE = Pattern.compile(
            "(?i)pg_(try_)?advisory_lock(_shared)?\\s*\\(|pg_advisory_unlock|\\bLISTEN\\s|\\bWITH\\s+HOLD\\b"
                    + "|\\bCREATE\\s+(TEMP|TEMPORARY)\\s|\\bSET\\s+SESSION\\b|\\bPREPARE\\s+\\w+\\s+AS\\b");

    /**
     * The serving pods log in as a role of their own, which gets DML on the schema from the migration's afterMigrate
     * (db/plumbing in the shared plumbing) and owns nothing, so it can't alter or drop the schema.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyClusterDeclaresTheRuntimeRoleItsServiceRunsAs(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            String clusterName = ConfigContractTest.databaseCluster(manifests, service);
            JsonNode role = runtimeRole(manifests.get("Cluster", clusterName), service);
            assertThat(role.path("ensure").asText("present")).isEqualTo("present");
            assertThat(role.path("login").asBoolean()).as("%s logs in", clusterName).isTrue();
            for (String power : List.of("superuser", "createdb", "createrole", "replication", "bypassrls")) {
                assertThat(role.path(power).asBoolean()).as("%s of the runtime role of %s", power, clusterName).isFalse();
            }
            assertThat(role.path("inRoles")).as("roles the runtime role of %s inherits", clusterName).isEmpty();

            // Its password is the deployer's Secret, which the service's pods read and nothing in the render writes.
            String secret = role.path("passwordSecret").path("name").asText();
            assertThat(secret).isEqualTo(clusterName + "-runtime");
            assertThat(manifests.find("Secret", secret)).isEmpty();
            Map<String, Manifests.EnvValue> env = manifests.environment(Manifests.container(manifests.deployment(service)));
            assertThat(env.get("QUARKUS_DATASOURCE_USERNAME").secret()).isEqualTo(secret);
            assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD").secret()).isEqualTo(secret);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theRuntimeRoleMayOpenWhatThePoolersNeedAndNoMore(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            String clusterName = ConfigContractTest.databaseCluster(manifests, service);
            JsonNode cluster = manifests.get("Cluster", clusterName);
            int limit = runtimeRole(cluster, service).path("connectionLimit").asInt(-1);
            int maxConnections = cluster.path("spec").path("postgresql").path("parameters").path("max_connections").asInt(100);
            assertThat(limit).as("connection limit of the runtime role of %s", clusterName)
                    .isGreaterThanOrEqualTo(ScalingTest.poolerServerConnections(manifests, clusterName))
                    // the migration and PostgreSQL's 3 superuser slots always find room
                    .isLessThanOrEqualTo(maxConnections - 3 - ScalingTest.migrationConnections(manifests, clusterName));
        }
    }

    /** The managed role named by the service's runtime_role placeholder, the role afterMigrate grants to. */
    static JsonNode runtimeRole(JsonNode cluster, String service) {
        String name = AppConfig.of(service).value("quarkus.flyway.placeholders.runtime_role");
        assertThat(name).as("runtime_role of %s", service).isNotBlank();
        for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
            if (role.path("name").asText().equals(name)) {
                return role;
            }
        }
        throw new AssertionError(Manifests.name(cluster) + " declares no managed role " + name);
    }

    @Test
    void prodDatabasesAreGuaranteedQos() {
        for (JsonNode cluster : Manifests.of("prod").ofKind("Cluster")) {
            JsonNode resources = cluster.path("spec").path("resources");
            for (String resource : List.of("cpu", "memory")) {
                assertThat(resources.path("requests").path(resource).asText())
                        .as("%s request of %s", resource, Manifests.name(cluster)).isNotEmpty()
                        .isEqualTo(resources.path("limits").path(resource).asText());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void postgresqlMemorySettingsFitTheMemoryLimit(String overlay) {
        for (JsonNode cluster : Manifests.of(overlay).ofKind("Cluster")) {
            long limit = Quantities.bytes(cluster.path("spec").path("resources").path("limits").path("memory").asText());
            JsonNode parameters = cluster.path("spec").path("postgresql").path("parameters");
            String name = Manifests.name(cluster);
            // shared_buffers at most a quarter of the memory: the rest is the backends' work_mem, maintenance and
            // the page cache, which effective_cache_size describes and which the limit also bounds.
            assertThat(pgBytes(parameters.path("shared_buffers").asText())).as("shared_buffers of %s", name)
                    .isLessThanOrEqualTo(limit / 4);
            assertThat(pgBytes(parameters.path("effective_cache_size").asText())).as("effective_cache_size of %s", name)
                    .isLessThanOrEqualTo(limit);
            assertThat(pgBytes(parameters.path("maintenance_work_mem").asText())).as("maintenance_work_mem of %s", name)
                    .isLessThanOrEqualTo(limit / 8);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void walHasItsOwnVolume(String overlay) {
        for (JsonNode cluster : Manifests.of(overlay).ofKind("Cluster")) {
            assertThat(cluster.path("spec").path("walStorage").path("size").asText())
                    .as("walStorage of %s", Manifests.name(cluster)).isNotEmpty();
        }
    }

    @Test
    void prodInstancesAreRequiredOnDifferentNodesAndZones() {
        Manifests prod = Manifests.of("prod");
        for (JsonNode cluster : prod.ofKind("Cluster")) {
            JsonNode spec = cluster.path("spec");
            String name = Manifests.name(cluster);
            assertThat(spec.path("affinity").path("podAntiAffinityType").asText()).as(name).isEqualTo("required");
            assertThat(spec.path("affinity").path("topologyKey").asText()).as(name).isEqualTo("kubernetes.io/hostname");
            JsonNode instance = NetworkModel.labels("cnpg.io/cluster", name, "cnpg.io/podRole", "instance");
            assertThat(spec.path("topologySpreadConstraints")).as("zone spread of %s", name).anySatisfy(c -> {
                assertThat(c.path("topologyKey").asText()).isEqualTo(ZONE);
                assertThat(c.path("maxSkew").asInt()).isEqualTo(1);
                assertThat(c.path("whenUnsatisfiable").asText()).isEqualTo("DoNotSchedule");
                assertThat(Selectors.matches(c.path("labelSelector"), instance)).isTrue();
            });
        }
        for (JsonNode pooler : prod.ofKind("Pooler")) {
            JsonNode pod = NetworkModel.labels("cnpg.io/poolerName", Manifests.name(pooler), "cnpg.io/podRole", "pooler");
            assertThat(pooler.path("spec").path("instances").asInt()).as(Manifests.name(pooler)).isGreaterThanOrEqualTo(2);
            assertThat(pooler.path("spec").path("template").path("spec").path("topologySpreadConstraints"))
                    .as("zone spread of %s", Manifests.name(pooler))
                    .anySatisfy(c -> {
                        assertThat(c.path("topologyKey").asText()).isEqualTo(ZONE);
                        assertThat(Selectors.matches(c.path("labelSelector"), pod)).isTrue();
                    });
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyClusterRunsAnImagePinnedByDigestFromANamespacedCatalog(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            JsonNode spec = cluster.path("spec");
            String name = Manifests.name(cluster);
            assertThat(spec.has("imageName")).as("imageName of %s", name).isFalse();
            JsonNode ref = spec.path("imageCatalogRef");
            assertThat(ref.path("kind").asText()).as(name).isEqualTo("ImageCatalog");
            assertThat(ref.path("apiGroup").asText()).as(name).isEqualTo("postgresql.cnpg.io");
            JsonNode catalog = manifests.get("ImageCatalog", ref.path("name").asText());
            assertThat(catalog.path("metadata").path("namespace").asText()).isEqualTo(cluster.path("metadata").path("namespace").asText());
            assertThat(catalog.path("spec").path("images")).as("catalog entry for major %s", ref.path("major"))
                    .filteredOn(image -> image.path("major").asInt() == ref.path("major").asInt())
                    .singleElement()
                    .satisfies(image -> assertThat(image.path("image").asText()).matches(DIGEST));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceConnectsThroughItsClustersPoolerWithNoServerSidePreparedStatements(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            Map<String, Manifests.EnvValue> env = manifests.environment(Manifests.container(manifests.deployment(service)));
            String host = ConfigContractTest.jdbcHost(env, service);
            JsonNode pooler = manifests.get("Pooler", host);
            String cluster = pooler.path("spec").path("cluster").path("name").asText();
            assertThat(pooler.path("spec").path("type").asText()).isEqualTo("rw");
            String url = env.get("QUARKUS_DATASOURCE_JDBC_URL").value();
            if (pooler.path("spec").path("pgbouncer").path("poolMode").asText("session").equals("transaction")) {
                // The driver's named statements live in a server session, which transaction pooling hands on.
                assertThat(url).as("JDBC URL of %s through %s", service, host).contains("prepareThreshold=0");
            }
            // PgBouncer presents the cluster's server certificate: verify-full needs the pooler's name in it.
            assertThat(url).contains("sslmode=verify-full");
            assertThat(manifests.get("Cluster", cluster).path("spec").path("certificates").path("serverAltDNSNames"))
                    .map(JsonNode::asText).as("server certificate names of %s", cluster).contains(host);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesReachTheirPoolerAndThePoolerItsClustersInstances(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        NetworkModel net = new NetworkModel(manifests);
        for (String service : Repo.SERVICES) {
            String pooler = ConfigContractTest.jdbcHost(manifests.environment(Manifests.container(manifests.deployment(service))), service);
            String own = ConfigContractTest.databaseCluster(manifests, service);
            for (JsonNode other : manifests.ofKind("Pooler")) {
                String name = Manifests.name(other);
                assertThat(net.allows(service, name, 5432)).as("%s -> %s", service, name).isEqualTo(name.equals(pooler));
            }
            for (JsonNode cluster : manifests.ofKind("Cluster")) {
                String database = Manifests.name(cluster);
                assertThat(net.allows(pooler, database, 5432)).as("%s -> %s", pooler, database).isEqualTo(database.equals(own));
            }
            assertThat(net.allows(pooler, "api-server", 443)).as("%s -> the API server", pooler).isTrue();
            assertThat(net.allows("stranger-in-namespace", pooler, 5432)).as("a stranger -> %s", pooler).isFalse();
        }
    }

    /**
     * Transaction pooling lends a server connection for one transaction only. The code must keep no state in a
     * session: the relay's lock is {@code pg_try_advisory_xact_lock}, and the one session setting, the time zone
     * of {@code new-connection-sql}, is a parameter PgBouncer restores on every connection it lends.
     */
    @Test
    void theServicesKeepNoSessionStateThatTransactionPoolingWouldLose() {
        for (String service : Repo.SERVICES) {
            AppConfig config = AppConfig.of(service);
            assertThat(config.codeMatches(SESSION_STATE)).as("session-level SQL in the code of %s or the plumbing", service).isEmpty();
            String sql = config.value("quarkus.datasource.jdbc.new-connection-sql");
            if (sql != null) {
                Matcher set = Pattern.compile("(?i)SET\\s+(TIME\\s+ZONE|\\w+)\\b.*").matcher(sql.trim());
                assertThat(set.matches()).as("new-connection-sql of %s: %s", service, sql).isTrue();
                String parameter = set.group(1).replaceAll("\\s+", "").toLowerCase();
                assertThat(PGBOUNCER_TRACKED).as("new-connection-sql of %s sets a parameter PgBouncer tracks", service)
                        .contains(parameter);
            }
        }
    }

    @Test
    void theSessionStateCheckFindsSessionLocksAndTheRelayUsesATransactionLock() {
        assertThat(SESSION_STATE.matcher("SELECT pg_try_advisory_lock(?)").find()).isTrue();
        assertThat(SESSION_STATE.matcher("SELECT pg_advisory_lock (1)").find()).isTrue();
        assertThat(SESSION_STATE.matcher("WITH relay AS (SELECT pg_try_advisory_xact_lock(?) AS active)").find()).isFalse();
        assertThat(AppConfig.of("contacts-service").plumbingCodeMentions("pg_try_advisory_xact_lock(")).isTrue();
    }

    /** A PostgreSQL memory setting in bytes (its units are powers of 1024). */
    static long pgBytes(String setting) {
        Matcher m = PG_MEMORY.matcher(setting);
        assertThat(m.matches()).as("a PostgreSQL memory setting: %s", setting).isTrue();
        int power = List.of("kB", "MB", "GB", "TB").indexOf(m.group(2)) + 1;
        return Long.parseLong(m.group(1)) << (10 * power);
    }
}
