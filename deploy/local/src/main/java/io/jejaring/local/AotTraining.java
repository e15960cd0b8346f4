package io.jejaring.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A training run of the services on JDK 25+: each starts with {@code -XX:AOTCacheOutput}, answers a few requests
 * of the kinds it serves (health, metrics, authenticated reads, a rejected body, an unknown id), and stops; the JVM
 * then writes its AOT cache. It reads and writes nothing of the owner's data. A training that fails only costs the
 * cache: the services then start without one.
 */
final class AotTraining {

    /** Writing a cache takes a JVM a few seconds to a minute on a busy 2-core machine. */
    static final Duration WRITE_TIMEOUT = Duration.ofMinutes(3);
    static final String OWNER = "aot-training";
    /** Per service, the reads its users make most; nothing here writes. */
    static final Map<String, List<String>> READS = Map.of(
            "contacts-service", List.of("/api/v1/contacts?limit=20", "/api/v1/contacts/00000000-0000-0000-0000-000000000000"),
            "interactions-service", List.of("/api/v1/interactions?limit=20", "/api/v1/commitments?limit=20"),
            "insights-service", List.of("/api/v1/insights/overdue", "/api/v1/insights/reach", "/api/v1/insights/suggestions"));
    /** On the management port. */
    private static final List<String> OPERATIONS = List.of("/q/health/live", "/q/health/ready", "/q/metrics");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LocalStack stack;
    private final Path repositoryRoot;
    private final Path logDir;

    AotTraining(LocalStack stack, Path repositoryRoot, Path logDir) {
        this.stack = stack;
        this.repositoryRoot = repositoryRoot;
        this.logDir = logDir;
    }

    void train(Map<Service, AotCache> caches) {
        System.out.println("Training the JDK " + stack.jdk().major() + " AOT cache of " + String.join(", ",
                caches.keySet().stream().map(Service::name).toList()) + " (once per build; later starts are faster)...");
        Map<ServiceProcess, AotCache> running = new LinkedHashMap<>();
        try {
            for (Map.Entry<Service, AotCache> entry : caches.entrySet()) {
                Service service = entry.getKey();
                Files.createDirectories(entry.getValue().file().getParent());
                running.put(ServiceProcess.start(service, service.runnableJar(repositoryRoot), stack.jdk(),
                        entry.getValue().trainOptions(), stack.environmentFor(service),
                        logDir.resolve(service.name() + "-aot-training.log")), entry.getValue());
            }
            String token = stack.tokens().token(OWNER);
            for (ServiceProcess process : running.keySet()) {
                process.awaitReady(LocalStack.READY_TIMEOUT);
                exercise(process.service(), token);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("jejaring: AOT training failed, the services start without a cache: " + e.getMessage());
        } finally {
            running.keySet().forEach(ServiceProcess::requestStop);
            long deadline = System.nanoTime() + WRITE_TIMEOUT.toNanos();
            running.forEach((process, cache) -> {
                if (process.awaitStop(deadline)) {
                    keep(cache);
                }
            });
        }
    }

    private static void keep(AotCache cache) {
        try {
            if (!cache.adoptTraining()) {
                System.err.println("jejaring: no AOT cache was written to " + cache.file());
            }
        } catch (UncheckedIOException e) {
            System.err.println("jejaring: " + e.getMessage());
        }
    }

    private static void exercise(Service service, String token) throws IOException {
        for (int round = 0; round < 3; round++) {
            for (String path : OPERATIONS) {
                send(HttpRequest.newBuilder(URI.create(service.managementUrl() + path)).GET());
            }
            for (String path : READS.getOrDefault(service.name(), List.of())) {
                send(HttpRequest.newBuilder(uri(service, path)).header("Authorization", "Bearer " + token).GET());
                send(HttpRequest.newBuilder(uri(service, path)).GET()); // 401
            }
            // a body the service rejects with 400: request parsing and the problem+json mappers, and nothing written
            String collection = READS.get(service.name()).get(0).replaceAll("\\?.*", "");
            send(HttpRequest.newBuilder(uri(service, collection)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"x\":")));
        }
    }

    private static URI uri(Service service, String path) {
        return URI.create(service.baseUrl() + path);
    }

    private static void send(HttpRequest.Builder request) throws IOException {
        try {
            HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
