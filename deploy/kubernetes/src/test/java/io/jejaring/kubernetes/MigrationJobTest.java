package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Migrations run in a Job per service before the rollout, straight to the primary; serving pods only validate. */
class MigrationJobTest {

    static final List<String> OVERLAYS = Repo.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceHasAJobThatMigratesAndExitsOnThePrimaryDirectly(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            JsonNode job = migrationJob(manifests, service);
            // A Job's pod template sits where a Deployment's does.
            JsonNode container = Manifests.container(job);
            Map<String, Manifests.EnvValue> env = manifests.environment(container);
            assertThat(env.get("QUARKUS_INIT_AND_EXIT").value()).as("init-and-exit of %s", Manifests.name(job)).isEqualTo("true");
            assertThat(env.get("QUARKUS_FLYWAY_MIGRATE_AT_START").value()).isEqualTo("true");

            // The primary's Service, not a PgBouncer: Flyway's advisory lock is a session lock.
            String host = ConfigContractTest.jdbcHost(env, Manifests.name(job));
            assertThat(manifests.find("Pooler", host)).as("%s connects through a pooler", Manifests.name(job)).isEmpty();
            String cluster = ConfigContractTest.databaseCluster(manifests, service);
            assertThat(host).isEqualTo(cluster + "-rw");
            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL").value()).contains("sslmode=verify-full")
                    .contains("/" + manifests.get("Cluster", cluster).path("spec").path("bootstrap").path("initdb").path("database").asText() + "?");
            assertThat(env.get("QUARKUS_DATASOURCE_USERNAME").secret()).isEqualTo(cluster + "-app");
            assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD").secret()).isEqualTo(cluster + "-app");
            // As the owner, its afterMigrate grants the runtime role; it fails (and retries) until that role exists.
            assertThat(env.get("QUARKUS_FLYWAY_PLACEHOLDERS_RUNTIME_ROLE_REQUIRED").value()).isEqualTo("true");

            // The same image as the Deployment it prepares, so it migrates to exactly what the new pods expect.
            assertThat(container.path("image").asText()).isEqualTo(Manifests.container(manifests.deployment(service)).path("image").asText());
            assertThat(job.path("spec").path("template").path("spec").path("restartPolicy").asText()).isEqualTo("Never");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theServingPodsValidateTheSchemaAndDoNotMigrate(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            Map<String, Manifests.EnvValue> env = manifests.environment(Manifests.container(manifests.deployment(service)));
            assertThat(env.get("QUARKUS_FLYWAY_MIGRATE_AT_START")).as("migrate-at-start of %s", service).isNotNull();
            assertThat(env.get("QUARKUS_FLYWAY_MIGRATE_AT_START").value()).as("migrate-at-start of %s", service).isEqualTo("false");
            // A new version fails to start until its Job has migrated: the rollout (maxUnavailable 0) waits.
            assertThat(env.get("QUARKUS_FLYWAY_VALIDATE_AT_START").value()).as("validate-at-start of %s", service).isEqualTo("true");
            assertThat(env).doesNotContainKey("QUARKUS_INIT_AND_EXIT");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aMigrationPodIsNoneOfTheServicesPodsAndReachesOnlyItsOwnDatabase(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        NetworkModel net = new NetworkModel(manifests);
        for (String service : Repo.SERVICES) {
            JsonNode job = migrationJob(manifests, service);
            JsonNode labels = job.path("spec").path("template").path("metadata").path("labels");
            // Not counted by the Deployment, its Service, its PodDisruptionBudget or (through it) its HPA.
            assertThat(Selectors.matches(manifests.deployment(service).path("spec").path("selector"), labels))
                    .as("%s selects %s", service, Manifests.name(job)).isFalse();
            // As locked down as the serving pod (the namespace enforces the restricted standard).
            JsonNode pod = job.path("spec").path("template").path("spec");
            JsonNode servingPod = manifests.deployment(service).path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext")).isEqualTo(servingPod.path("securityContext"));
            assertThat(Manifests.container(job).path("securityContext")).isEqualTo(Manifests.container(manifests.deployment(service)).path("securityContext"));
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
            String own = ConfigContractTest.databaseCluster(manifests, service);
            for (JsonNode cluster : manifests.ofKind("Cluster")) {
                String database = Manifests.name(cluster);
                assertThat(net.allows(Manifests.name(job), database, 5432)).as("%s -> %s", Manifests.name(job), database)
                        .isEqualTo(database.equals(own));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theServingPodsRunAsARoleThatIsNotTheOwnerTheJobMigratesAs(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            Map<String, Manifests.EnvValue> serving = manifests.environment(Manifests.container(manifests.deployment(service)));
            Map<String, Manifests.EnvValue> migrating = manifests.environment(Manifests.container(migrationJob(manifests, service)));
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                assertThat(serving.get(variable).secret()).as("%s of %s", variable, service)
                        .isNotEqualTo(migrating.get(variable).secret());
            }
            // Only the Job migrates, and so only it may ask for a missing runtime role to fail the migration.
            assertThat(serving).doesNotContainKey("QUARKUS_FLYWAY_PLACEHOLDERS_RUNTIME_ROLE_REQUIRED");
        }
    }

    @Test
    void theRuntimeRoleIsOptionalWhereThereIsNoJob() {
        // Locally and in the tests there is no runtime role: afterMigrate then grants nothing and fails nothing.
        for (String service : Repo.SERVICES) {
            assertThat(AppConfig.of(service).value("quarkus.flyway.placeholders.runtime_role_required")).as(service)
                    .isEqualTo("false");
        }
    }

    @Test
    void theLocalStackStillMigratesAtStart() {
        // `./jejaring up` and the tests have no Job: the shared default migrates at start, under Flyway's lock.
        for (String service : Repo.SERVICES) {
            assertThat(AppConfig.of(service).value("quarkus.flyway.migrate-at-start")).as(service).isEqualTo("true");
            assertThat(AppConfig.of(service).value("quarkus.datasource.db-kind")).as(service).isEqualTo("postgresql");
        }
    }

    static JsonNode migrationJob(Manifests manifests, String service) {
        return manifests.get("Job", service + "-migration");
    }
}
