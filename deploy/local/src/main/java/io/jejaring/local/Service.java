package io.jejaring.local;

import java.nio.file.Path;
import java.util.List;

/** One Jejaring service as the local stack runs it: its port, its database and where Maven builds it. */
public record Service(String name, int port, String database) {

    public static final List<Service> ALL = List.of(
            new Service("contacts-service", 8081, "contacts"),
            new Service("interactions-service", 8082, "interactions"),
            new Service("insights-service", 8083, "insights"));

    public Path runnableJar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
