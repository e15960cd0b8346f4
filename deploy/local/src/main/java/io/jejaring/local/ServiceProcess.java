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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service running in its own JVM, with its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    // Extra JVM options for each service (space-separated, "{service}" standing for its name): benchmarks profile them.
    private static final String JVM_OPTIONS_PROPERTY = "jejaring.service.jvm-options";

    static final String LOOPBACK = "127.0.0.1";
    /** How long a service may take to stop gracefully before it is killed. */
    static final Duration GRACE = Duration.ofSeconds(8);

    /**
     * Every part of a service's memory capped, so that its RSS stays under 250 MB: heap, metaspace (a Quarkus
     * service loads ~70 MiB of classes), compiled code, thread stacks and direct buffers. The serial collector is
     * what the JVM picks by itself in the 512 MiB pods of deploy/kubernetes, a "small machine" to it; on a bigger
     * host it would pick G1, whose bookkeeping costs memory the pods do not have. Memory taken for a burst (the
     * heap grows to its cap while a service takes in 100k events) is given back: at a full collection the heap
     * shrinks to 30% free, not 70% (MaxHeapFreeRatio), and grows by 10% free, not 40% (MinHeapFreeRatio); every 5 s
     * the JVM returns malloc's freed memory to the OS ({@link ServiceJdk#nativeMemoryOptions()}, where the JDK has it).
     * Both cost a little CPU: slightly more frequent collections after a burst, one malloc_trim per 5 s.
     */
    static final List<String> MEMORY = List.of("-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:MaxDirectMemorySize=64m");

    /** glibc's malloc keeps up to 8 arenas per core; two are enough for a service's few native allocating threads. */
    static final Map<String, String> NATIVE_MEMORY_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Service service;
    private final Process process;
    private final Path log;

    private ServiceProcess(Service service, Process process, Path log) {
        this.service = service;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code service} from {@code jar} on {@code jdk}, with {@code aotOptions} to use or train its AOT cache
     * (none on a JDK before 25), its output appended to {@code log}.
     */
    public static ServiceProcess start(Service service, Path jar, ServiceJdk jdk, List<String> aotOptions,
            Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(
                    command(service.name(), jdk.java(), jdkOptions(jdk, aotOptions), jar,
                            System.getProperty(JVM_OPTIONS_PROPERTY, "")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(NATIVE_MEMORY_ENVIRONMENT);
            builder.environment().putAll(environment);
            return new ServiceProcess(service, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service.name(), e);
        }
    }

    private static List<String> jdkOptions(ServiceJdk jdk, List<String> aotOptions) {
        List<String> options = new ArrayList<>(jdk.nativeMemoryOptions());
        options.addAll(aotOptions);
        return options;
    }

    /** The command line; {@code jdkOptions} are those that only some JDKs take (the AOT cache's, the native trim). */
    static List<String> command(String serviceName, String java, List<String> jdkOptions, Path jar,
            String extraJvmOptions) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(MEMORY);
        command.addAll(List.of("-XX:+ExitOnOutOfMemoryError",
                // UTC whatever the developer's zone, as in the container images
                "-Duser.timezone=UTC",
                // on a developer's machine only this machine may call the services; containers keep 0.0.0.0
                "-Dquarkus.http.host=" + LOOPBACK));
        command.addAll(jdkOptions);
        for (String option : extraJvmOptions.strip().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option.replace("{service}", serviceName));
            }
        }
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    public Service service() {
        return service;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the service answers ready, or fails with the reason. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.name(), e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(service.name() + " not ready after " + timeout + "; see " + log);
    }

    /** Stops the service gracefully (SIGTERM), then forcibly if it lingers. */
    @Override
    public void close() {
        requestStop();
        awaitStop(System.nanoTime() + GRACE.toNanos());
    }

    /** {@code kill -9}: no shutdown hooks, no graceful close. */
    public void kill() {
        process.destroyForcibly();
        awaitStop(System.nanoTime());
    }

    /** SIGTERM without waiting, so that several services can stop at once. */
    void requestStop() {
        process.destroy();
    }

    /**
     * Waits until the service has stopped, and past {@code deadline} (a nanoTime) kills it. Answers whether it
     * stopped by itself.
     */
    boolean awaitStop(long deadline) {
        try {
            if (process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
