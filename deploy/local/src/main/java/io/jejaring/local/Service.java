package io.jejaring.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One Jejaring service as the local stack runs it: its API port, its management port (health, metrics, OpenAPI),
 * its database (none for the web app) and where Maven builds it.
 */
public record Service(String name, int port, int managementPort, String database) {

    public static final List<Service> ALL = List.of(
            new Service("contacts-service", 8081, 9081, "contacts"),
            new Service("interactions-service", 8082, 9082, "interactions"),
            new Service("insights-service", 8083, 9083, "insights"));

    /** The web app: the browser's one origin, in front of the three services; it has no database. */
    public static final Service WEB = new Service("web", 8080, 9080, null);

    public Path runnableJar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Where health, metrics, the OpenAPI document and Swagger UI answer. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Both ports, as the service reads them (every service would otherwise take the management default, 9000). */
    public Map<String, String> portEnvironment() {
        return Map.of("QUARKUS_HTTP_PORT", String.valueOf(port), "QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
    }

    public List<Integer> ports() {
        return List.of(port, managementPort);
    }
}
