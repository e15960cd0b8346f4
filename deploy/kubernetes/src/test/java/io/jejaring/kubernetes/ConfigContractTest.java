package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rendered configuration matches what the services read: every variable names a property they use, the
 * topics are the ones in Topics.java and the consumers' config, and the connection settings point at the
 * Strimzi and CloudNativePG resources the overlay renders. A renamed property or topic fails here, not in a
 * cluster.
 */
class ConfigContractTest {

    static final List<String> OVERLAYS = Repo.OVERLAYS;

    /**
     * Properties read by an extension rather than named in the repository's files, with the extension that
     * reads them (an artifactId, or the start of one: every quarkus-rest* server extension brings the HTTP
     * server); each must be a dependency of the app or of the plumbing.
     */
    private static final Map<String, String> FRAMEWORK_PROPERTIES = Map.ofEntries(
            Map.entry("quarkus.http.port", "quarkus-rest"),
            Map.entry("quarkus.http.proxy.proxy-address-forwarding", "quarkus-rest"),
            Map.entry("quarkus.http.proxy.allow-x-forwarded", "quarkus-rest"),
            Map.entry("quarkus.datasource.jdbc.url", "quarkus-jdbc-postgresql"),
            Map.entry("quarkus.datasource.username", "quarkus-jdbc-postgresql"),
            Map.entry("quarkus.datasource.password", "quarkus-jdbc-postgresql"),
            Map.entry("quarkus.datasource.jdbc.max-size", "quarkus-jdbc-postgresql"),
            Map.entry("quarkus.flyway.validate-at-start", "quarkus-flyway"),
            Map.entry("mp.jwt.verify.issuer", "quarkus-smallrye-jwt"),
            Map.entry("mp.jwt.verify.publickey", "quarkus-smallrye-jwt"),
            Map.entry("mp.jwt.verify.publickey.location", "quarkus-smallrye-jwt"),
            Map.entry("quarkus.otel.exporter.otlp.endpoint", "quarkus-opentelemetry"),
            Map.entry("quarkus.oidc.auth-server-url", "quarkus-oidc"),
            Map.entry("quarkus.oidc.client-id", "quarkus-oidc"),
            Map.entry("quarkus.oidc.credentials.secret", "quarkus-oidc"),
            Map.entry("quarkus.oidc.application-type", "quarkus-oidc"));

    /** Read by the image's java launcher and C library (src/main/docker/Dockerfile.jvm), not by the application. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JDK_JAVA_OPTIONS", "MALLOC_ARENA_MAX");

    /** What every service needs from its environment to run anywhere but a laptop. */
    private static final List<String> REQUIRED = List.of("QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_ISSUER");

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(?:\\?(.*))?");

    /** Each overlay, and dev with the OIDC component (which sets web's sign-in variables). */
    @TestFactory
    Stream<DynamicTest> everyVariableNamesSomethingTheServiceReads() {
        List<DynamicTest> tests = new ArrayList<>();
        List<Manifests> renders = new ArrayList<>(Repo.OVERLAYS.stream().map(Manifests::of).toList());
        renders.add(NamespaceTest.render("dev", List.of("oidc-issuer")));
        for (Manifests manifests : renders) {
            for (String service : Repo.APPS) {
                AppConfig config = Repo.hasSources(service) ? AppConfig.of(service) : null;
                Map<String, Manifests.EnvValue> env = manifests.environment(Manifests.container(manifests.deployment(service)));
                for (String variable : env.keySet()) {
                    tests.add(DynamicTest.dynamicTest(manifests.overlay + " " + service + " " + variable, () -> {
                        Assumptions.assumeTrue(config != null, service + "'s module is not in this checkout");
                        assertRead(config, variable);
                    }));
                }
            }
        }
        return tests.stream();
    }

    private static void assertRead(AppConfig config, String variable) {
        if (IMAGE_VARIABLES.contains(variable)) {
            String dockerfile = Repo.read(Repo.service(config.service).resolve("src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).as("the image's entrypoint expands $%s", variable).contains("$" + variable + " ");
        } else if (variable.startsWith("KAFKA_")) {
            // Quarkus hands every KAFKA_* variable to the Kafka clients: KAFKA_SASL_MECHANISM -> sasl.mechanism.
            String setting = variable.substring("KAFKA_".length()).toLowerCase().replace('_', '.');
            Set<String> known = new HashSet<>(ProducerConfig.configNames());
            known.addAll(ConsumerConfig.configNames());
            known.addAll(AdminClientConfig.configNames());
            assertThat(known).as("%s names a Kafka client setting", variable).contains(setting);
            assertThat(config.values).as("%s uses the SmallRye Kafka connector", config.service).containsValue("smallrye-kafka");
        } else if (config.reads(variable)) {
            return;
        } else {
            String property = FRAMEWORK_PROPERTIES.keySet().stream()
                    .filter(p -> AppConfig.envName(p).equals(variable)).findFirst().orElse(null);
            if (property == null && variable.equals("JEJARING_CONTACTS_URL")) {
                // interactions-service's REST client to contacts-service reads it; until that client exists the
                // variable is ahead of the code (the local stack sets it too).
                Assumptions.assumeTrue(config.serviceCodeMentions("@RegisterRestClient"),
                        "interactions-service has no REST client to contacts-service yet");
            }
            assertThat(property).as("%s maps to no property %s reads", variable, config.service).isNotNull();
            String extension = FRAMEWORK_PROPERTIES.get(property);
            String poms = Repo.read(Repo.PLUMBING.resolve("pom.xml")) + Repo.read(Repo.service(config.service).resolve("pom.xml"));
            assertThat(poms).as("%s depends on %s, which reads %s", config.service, extension, property)
                    .contains("<artifactId>" + extension);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceGetsItsConnectionsAndEveryLocalhostDefaultIsOverridden(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            Map<String, Manifests.EnvValue> env = manifests.environment(Manifests.container(manifests.deployment(service)));
            assertThat(env).as("environment of %s", service).containsKeys(REQUIRED.toArray(String[]::new));
            assertThat(env.containsKey("MP_JWT_VERIFY_PUBLICKEY") || env.containsKey("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
                    .as("%s has a key to verify tokens with", service).isTrue();
        }
        for (String app : Repo.APPS.stream().filter(Repo::hasSources).toList()) {
            Map<String, Manifests.EnvValue> env = manifests.environment(Manifests.container(manifests.deployment(app)));
            AppConfig.of(app).values.forEach((property, value) -> {
                if (value.contains("127.0.0.1") || value.contains("localhost")) {
                    assertThat(env).as("%s=%s is a laptop default; %s must override it", property, value, app)
                            .containsKey(AppConfig.envName(property));
                }
            });
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theKafkaTopicsAreExactlyTheOnesInTopicsJava(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        assertThat(manifests.ofKind("KafkaTopic")).map(ConfigContractTest::topicName)
                .containsExactlyInAnyOrderElementsOf(TopicNames.read().all());
        for (JsonNode topic : manifests.ofKind("KafkaTopic")) {
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    .isEqualTo(Manifests.name(kafka(manifests)));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyConsumedTopicExistsAndEveryGroupIsTheServicesOwn(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Set<String> groups = new HashSet<>();
        for (String service : Repo.APPS.stream().filter(Repo::hasSources).toList()) {
            for (AppConfig.Channel channel : AppConfig.of(service).incoming()) {
                assertThat(manifests.find("KafkaTopic", channel.topic())).as("topic %s of %s", channel.topic(), service).isPresent();
                // One consumer group per service: its replicas share the partitions, and services never share. web's
                // instances each read everything (their open pages need every owner), in groups named after it.
                assertThat(channel.groupGrant()).as("group.id of channel %s in %s", channel.name(), service)
                        .isEqualTo(service.equals(Repo.WEB) ? Repo.WEB + "-*" : service);
                groups.add(channel.groupId());
            }
        }
        assertThat(groups).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void topicsKeepWhatTheDesignSaysWithConsistentReplication(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        TopicNames topics = TopicNames.read();
        int brokers = 0;
        for (JsonNode pool : manifests.ofKind("KafkaNodePool")) {
            if (pool.path("spec").path("roles").toString().contains("broker")) {
                brokers += pool.path("spec").path("replicas").asInt();
            }
        }
        for (JsonNode topic : manifests.ofKind("KafkaTopic")) {
            JsonNode spec = topic.path("spec");
            JsonNode config = spec.path("config");
            String name = topicName(topic);
            int replicas = spec.path("replicas").asInt();
            int minInSync = config.path("min.insync.replicas").asInt();
            assertThat(replicas).as("replicas of %s", name).isBetween(1, brokers);
            assertThat(minInSync).as("min.insync.replicas of %s", name).isBetween(1, replicas);
            if (overlay.equals("prod")) {
                assertThat(replicas).as("replicas of %s", name).isEqualTo(3);
                assertThat(minInSync).as("min.insync.replicas of %s", name).isEqualTo(2);
            }
            assertThat(config.path("cleanup.policy").asText()).as("cleanup.policy of %s", name).isEqualTo("delete");
            String retention = config.path("retention.ms").asText();
            if (topics.main.containsValue(name)) {
                // Everything, forever: a projection can always be rebuilt from the start.
                assertThat(retention).as("retention.ms of %s", name).isEqualTo("-1");
            } else {
                assertThat(retention).as("retention.ms of %s (14 days)", name).isEqualTo(String.valueOf(14L * 24 * 3600 * 1000));
            }
        }
        if (overlay.equals("prod")) {
            JsonNode kafkaConfig = kafka(manifests).path("spec").path("kafka").path("config");
            assertThat(brokers).isEqualTo(3);
            assertThat(kafkaConfig.path("default.replication.factor").asInt()).isEqualTo(3);
            assertThat(kafkaConfig.path("min.insync.replicas").asInt()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theBootstrapServersAreTheStrimziBootstrapServiceOfTheRenderedCluster(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        JsonNode kafka = kafka(manifests);
        for (String service : Repo.APPS) {
            JsonNode listener = null;
            Map<String, Manifests.EnvValue> env = manifests.environment(Manifests.container(manifests.deployment(service)));
            String bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS").value();
            for (JsonNode candidate : kafka.path("spec").path("kafka").path("listeners")) {
                String address = Manifests.name(kafka) + "-kafka-bootstrap:" + candidate.path("port").asInt();
                if (bootstrap.equals(address)) {
                    listener = candidate;
                }
            }
            assertThat(listener).as("a listener of Kafka %s behind %s (%s)", Manifests.name(kafka), bootstrap, service).isNotNull();
            assertThat(listener.path("type").asText()).isEqualTo("internal");
            assertClientMatchesListener(manifests, service, env, listener);
        }
    }

    /** Security protocol, mechanism, trust store and credentials fit what the listener demands. */
    private static void assertClientMatchesListener(Manifests manifests, String service,
            Map<String, Manifests.EnvValue> env, JsonNode listener) {
        boolean tls = listener.path("tls").asBoolean();
        String authentication = listener.path("authentication").path("type").asText("");
        String protocol = (authentication.startsWith("scram") ? "SASL_" : "") + (tls ? "SSL" : "PLAINTEXT");
        assertThat(env.containsKey("KAFKA_SECURITY_PROTOCOL") ? env.get("KAFKA_SECURITY_PROTOCOL").value() : "PLAINTEXT")
                .as("security.protocol of %s", service).isEqualTo(protocol);
        JsonNode pod = manifests.deployment(service).path("spec").path("template").path("spec");
        if (tls) {
            assertThat(env.get("KAFKA_SSL_TRUSTSTORE_TYPE").value()).isEqualTo("PEM");
            assertMountedFromSecret(pod, env.get("KAFKA_SSL_TRUSTSTORE_LOCATION").value(),
                    Manifests.name(kafka(manifests)) + "-cluster-ca-cert", "ca.crt");
        }
        if (authentication.equals("scram-sha-512")) {
            assertThat(env.get("KAFKA_SASL_MECHANISM").value()).isEqualTo("SCRAM-SHA-512");
            Manifests.EnvValue jaas = env.get("KAFKA_SASL_JAAS_CONFIG");
            assertThat(jaas.fromSecret()).as("sasl.jaas.config of %s comes from a Secret", service).isTrue();
            assertThat(jaas.key()).isEqualTo("sasl.jaas.config");
            // The User Operator writes a KafkaUser's credentials to a Secret of the same name.
            JsonNode user = manifests.get("KafkaUser", jaas.secret());
            assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
            assertThat(user.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    .isEqualTo(Manifests.name(kafka(manifests)));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachKafkaUserMayDoExactlyWhatItsServiceDoes(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        TopicNames topics = TopicNames.read();
        // The plumbing dead-letters a poison record to the .dlq of the topic it came from.
        assertThat(AppConfig.of(Repo.SERVICES.get(0)).plumbingCodeMentions("Topics.deadLetter(record.topic())")).isTrue();
        for (String service : Repo.APPS.stream().filter(Repo::hasSources).toList()) {
            AppConfig config = AppConfig.of(service);
            Set<String> granted = grants(manifests, service);
            Set<String> needed = new LinkedHashSet<>();
            for (String topic : config.producedTopics(topics)) {
                needed.add("topic:" + topic + ":Write");
            }
            for (AppConfig.Channel channel : config.incoming()) {
                needed.add("topic:" + channel.topic() + ":Read");
                needed.add("group:" + channel.groupGrant() + ":Read");
                needed.add("topic:" + topics.deadLetter(channel.topic()) + ":Write");
            }
            assertThat(granted).as("ACLs of %s", service).containsAll(needed);
            // No more than that: it writes only its own topic (web has none) and dead letters, and joins only its own group.
            String ownTopic = service.contains("-") ? topics.main.get(service.substring(0, service.indexOf('-')).toUpperCase()) : null;
            for (String grant : granted) {
                String[] parts = grant.split(":");
                if (parts[0].equals("topic") && parts[2].equals("Write")) {
                    assertThat(parts[1].equals(ownTopic) || parts[1].endsWith(topics.deadLetterSuffix))
                            .as("%s may write %s", service, parts[1]).isTrue();
                }
                if (parts[0].equals("group")) {
                    assertThat(parts[1]).as("%s joins group", service)
                            .isEqualTo(service.equals(Repo.WEB) ? Repo.WEB + "-*" : service);
                }
            }
        }
    }

    /** web reads the insights in its own group (the contract), and may write no event anywhere but a dead letter. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void webReadsTheInsightsInItsOwnGroupAndWritesNoEvents(String overlay) {
        Set<String> granted = grants(Manifests.of(overlay), Repo.WEB);
        String insights = TopicNames.read().main.get("INSIGHTS");
        String group = AppConfig.of(Repo.WEB).value("mp.messaging.incoming.insights.group.id");
        String groupPrefix = group.substring(0, group.indexOf("${"));
        assertThat(groupPrefix).as("each web instance's own group").isEqualTo(Repo.WEB + "-");
        assertThat(granted).contains("topic:" + insights + ":Read", "group:" + groupPrefix + "*:Read");
        for (String grant : granted) {
            String[] parts = grant.split(":");
            assertThat(parts[2].equals("Write") && !parts[1].endsWith(TopicNames.read().deadLetterSuffix))
                    .as("web may %s %s", parts[2], parts[1]).isFalse();
            if (parts[0].equals("group")) {
                assertThat(parts[1]).as("web joins groups").isEqualTo(groupPrefix + "*");
            }
        }
    }

    /** What an app's KafkaUser (the Secret behind its KAFKA_SASL_JAAS_CONFIG) may do: "type:name:operation". */
    private static Set<String> grants(Manifests manifests, String app) {
        Map<String, Manifests.EnvValue> env = manifests.environment(Manifests.container(manifests.deployment(app)));
        JsonNode user = manifests.get("KafkaUser", env.get("KAFKA_SASL_JAAS_CONFIG").secret());
        Set<String> granted = new LinkedHashSet<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            // Names are exact, except a prefix for consumer groups (web's group per instance), written "name*".
            String pattern = acl.path("resource").path("patternType").asText("literal");
            String type = acl.path("resource").path("type").asText();
            assertThat(pattern.equals("literal") || type.equals("group") && pattern.equals("prefix"))
                    .as("%s ACL pattern %s", type, pattern).isTrue();
            String name = acl.path("resource").path("name").asText() + (pattern.equals("prefix") ? "*" : "");
            for (JsonNode operation : acl.path("operations")) {
                granted.add(type + ":" + name + ":" + operation.asText());
            }
        }
        return granted;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceUsesItsOwnCloudNativePgClusterAsItsRuntimeRole(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        Set<String> used = new HashSet<>();
        for (String service : Repo.SERVICES) {
            String clusterName = databaseCluster(manifests, service);
            assertThat(used.add(clusterName)).as("%s shares cluster %s", service, clusterName).isTrue();
            JsonNode cluster = manifests.get("Cluster", clusterName);
            JsonNode container = Manifests.container(manifests.deployment(service));
            Map<String, Manifests.EnvValue> env = manifests.environment(container);
            Matcher jdbc = JDBC.matcher(env.get("QUARKUS_DATASOURCE_JDBC_URL").value());
            assertThat(jdbc.matches()).isTrue();
            assertThat(jdbc.group(2) == null ? "5432" : jdbc.group(2)).isEqualTo("5432");
            assertThat(jdbc.group(3)).as("database of %s", service)
                    .isEqualTo(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
            // The runtime role's credentials, never the database owner's (which only the migration Job uses).
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                Manifests.EnvValue value = env.get(variable);
                assertThat(value.fromSecret()).as(variable).isTrue();
                assertThat(value.secret()).as(variable + " of " + service).isEqualTo(clusterName + "-runtime")
                        .isNotEqualTo(clusterName + "-app");
                assertThat(value.key()).isEqualTo(variable.endsWith("USERNAME") ? "username" : "password");
            }
            // TLS to the server, verified against the cluster's own CA.
            String query = jdbc.group(4) == null ? "" : jdbc.group(4);
            assertThat(query).contains("sslmode=verify-full");
            Matcher rootCert = Pattern.compile("sslrootcert=([^&]+)").matcher(query);
            assertThat(rootCert.find()).isTrue();
            assertMountedFromSecret(manifests.deployment(service).path("spec").path("template").path("spec"),
                    rootCert.group(1), clusterName + "-ca", "ca.crt");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void tokensAreVerifiedWithAMountedKeyOrAnIssuersKeys(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        for (String service : Repo.SERVICES) {
            JsonNode deployment = manifests.deployment(service);
            String location = manifests.environment(Manifests.container(deployment)).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").value();
            if (location.startsWith("file:")) {
                assertMountedFromSecret(deployment.path("spec").path("template").path("spec"),
                        location.substring("file:".length()), "jejaring-jwt", null);
            } else {
                assertThat(location).as("JWKS location of %s", service).startsWith("https://");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void interactionsCallsContactsThroughItsService(String overlay) {
        assertCallsThroughItsService(Manifests.of(overlay), "interactions-service", "JEJARING_CONTACTS_URL", "contacts-service");
    }

    /**
     * web (the contract's settings): each service through its Service, Kafka as the services reach it, the local
     * sign-in unless the OIDC component says otherwise; and, with no database and no token to verify, neither a
     * datasource nor the services' key.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void webCallsEachServiceThroughItsServiceAndHasNoDatabase(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        assertCallsThroughItsService(manifests, Repo.WEB, "JEJARING_CONTACTS_URL", "contacts-service");
        assertCallsThroughItsService(manifests, Repo.WEB, "JEJARING_INTERACTIONS_URL", "interactions-service");
        assertCallsThroughItsService(manifests, Repo.WEB, "JEJARING_INSIGHTS_URL", "insights-service");
        Map<String, Manifests.EnvValue> env = manifests.environment(Manifests.container(manifests.deployment(Repo.WEB)));
        assertThat(env.get("JEJARING_WEB_SIGNIN")).isEqualTo(Manifests.EnvValue.literal("local"));
        assertThat(env.keySet()).as("web's environment").noneMatch(name -> name.startsWith("QUARKUS_DATASOURCE_") || name.startsWith("MP_JWT_"));
        JsonNode pod = manifests.deployment(Repo.WEB).path("spec").path("template").path("spec");
        assertThat(pod.path("volumes").findValuesAsText("secretName")).as("Secrets web mounts")
                .containsExactly(Manifests.name(kafka(manifests)) + "-cluster-ca-cert");
    }

    /** The app reaches {@code target} at the URL in {@code variable}: plain HTTP to a port of the target's Service. */
    private static void assertCallsThroughItsService(Manifests manifests, String app, String variable, String target) {
        URI url = URI.create(manifests.environment(Manifests.container(manifests.deployment(app))).get(variable).value());
        JsonNode service = manifests.get("Service", url.getHost());
        int port = url.getPort() == -1 ? 80 : url.getPort();
        assertThat(service.path("spec").path("ports").findValuesAsText("port")).as("%s of %s", variable, app).contains(String.valueOf(port));
        assertThat(service.path("spec").path("selector").path("app.kubernetes.io/name").asText()).as("%s of %s", variable, app)
                .isEqualTo(target);
        assertThat(url.getScheme()).isEqualTo("http");
    }

    @Test
    void theRelaysChannelDefaultTopicIsOnlyAPlaceholder() {
        // The relay names each record's topic itself; its channel's default topic must never be written to,
        // and with auto.create.topics.enable=false a stray send fails instead of creating a topic.
        AppConfig config = AppConfig.of("contacts-service");
        assertThat(config.plumbingCodeMentions(".withTopic(topic)")).isTrue();
        for (String overlay : Repo.OVERLAYS) {
            assertThat(kafka(Manifests.of(overlay)).path("spec").path("kafka").path("config")
                    .path("auto.create.topics.enable").asBoolean(true)).isFalse();
        }
    }

    /**
     * The services' shared config turns tracing off, so no overlay traces unless it says so; prod's tracing patch
     * turns it on and names an OTLP collector, in variables the services read. Rendered as the prod
     * kustomization lists it.
     */
    @Test
    void tracingIsOffUnlessProdsTracingPatchTurnsItOnWithACollector() {
        assertThat(AppConfig.of("contacts-service").value("quarkus.otel.sdk.disabled")).isEqualTo("true");
        Manifests dev = Manifests.of("dev");
        Manifests traced = Manifests.of("prod");
        for (String service : Repo.SERVICES) {
            assertThat(dev.environment(Manifests.container(dev.deployment(service))))
                    .as("dev environment of %s", service).doesNotContainKey("QUARKUS_OTEL_SDK_DISABLED");
            Map<String, Manifests.EnvValue> env = traced.environment(Manifests.container(traced.deployment(service)));
            assertThat(env.get("QUARKUS_OTEL_SDK_DISABLED").value()).as("tracing of %s", service).isEqualTo("false");
            URI collector = URI.create(env.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").value());
            assertThat(collector.getScheme()).as("OTLP endpoint of %s", service).isIn("http", "https");
            // <service>.<namespace>: the namespace the services' egress policy lets them export to
            assertThat(collector.getHost()).as("OTLP endpoint of %s", service)
                    .matches("[a-z0-9-]+\\." + NetworkModel.OBSERVABILITY_NAMESPACE + "(\\..*)?");
            assertThat(collector.getPort()).as("OTLP/gRPC port of %s", service).isEqualTo(4317);
            AppConfig config = AppConfig.of(service);
            assertRead(config, "QUARKUS_OTEL_SDK_DISABLED");
            assertRead(config, "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
        }
    }

    /**
     * The CloudNativePG cluster a service's JDBC URL points at: through a read-write {@code Pooler} (its Service has
     * the Pooler's name), or straight at the primary's {@code <cluster>-rw} Service.
     */
    static String databaseCluster(Manifests manifests, String service) {
        return clusterBehind(manifests, jdbcHost(manifests.environment(Manifests.container(manifests.deployment(service))), service));
    }

    /** The host of the JDBC URL in a container's environment. */
    static String jdbcHost(Map<String, Manifests.EnvValue> env, String owner) {
        Matcher jdbc = JDBC.matcher(env.get("QUARKUS_DATASOURCE_JDBC_URL").value());
        assertThat(jdbc.matches()).as("JDBC URL of %s", owner).isTrue();
        return jdbc.group(1);
    }

    /** The cluster whose primary a host reaches: a read-write Pooler's cluster, or the cluster of a -rw Service. */
    static String clusterBehind(Manifests manifests, String host) {
        Optional<JsonNode> pooler = manifests.find("Pooler", host);
        if (pooler.isPresent()) {
            assertThat(pooler.get().path("spec").path("type").asText()).as("type of Pooler %s", host).isEqualTo("rw");
            return pooler.get().path("spec").path("cluster").path("name").asText();
        }
        assertThat(host).as("host %s: a read-write Pooler or the primary's Service", host).endsWith("-rw");
        return host.substring(0, host.length() - "-rw".length());
    }

    static JsonNode kafka(Manifests manifests) {
        List<JsonNode> clusters = manifests.ofKind("Kafka");
        assertThat(clusters).hasSize(1);
        return clusters.get(0);
    }

    static String topicName(JsonNode topic) {
        return topic.path("spec").path("topicName").asText(Manifests.name(topic));
    }

    /** The file at {@code path} is a key of {@code secret} (any key if null), mounted read-only. */
    static void assertMountedFromSecret(JsonNode pod, String path, String secret, String key) {
        JsonNode container = pod.path("containers").get(0);
        for (JsonNode mount : container.path("volumeMounts")) {
            String dir = mount.path("mountPath").asText();
            if (path.startsWith(dir + "/")) {
                String file = path.substring(dir.length() + 1);
                JsonNode volume = HardeningTest.volume(pod, mount.path("name").asText()).path("secret");
                assertThat(volume.path("secretName").asText()).as("Secret behind %s", path).isEqualTo(secret);
                assertThat(mount.path("readOnly").asBoolean()).as("%s read-only", dir).isTrue();
                boolean projected = false;
                for (JsonNode item : volume.path("items")) {
                    projected |= item.path("path").asText().equals(file) && (key == null || item.path("key").asText().equals(key));
                }
                assertThat(projected).as("%s is the %s key of %s", path, key, secret).isTrue();
                return;
            }
        }
        throw new AssertionError(path + " is not in any mounted volume");
    }
}
