package io.jejaring.plumbing.outbox;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.jejaring.localinfra.Ports;

/**
 * A PgBouncer in transaction pooling mode in front of a PostgreSQL database, as the Kubernetes deployment runs
 * one before each database (deploy/kubernetes/base/postgres/poolers.yaml). Started from the {@code pgbouncer}
 * binary on the PATH, if there is one.
 */
final class PgBouncer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path directory;

    private PgBouncer(Process process, int port, Path directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
    }

    static Optional<Path> binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            for (String candidate : List.of(dir, "/usr/sbin")) {
                Path path = Path.of(candidate, "pgbouncer");
                if (Files.isExecutable(path)) {
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }

    /** Pools the database of {@code jdbcUrl} for {@code user}, lending at most {@code poolSize} server connections. */
    static PgBouncer start(Path binary, String jdbcUrl, String user, String password, int poolSize) {
        URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = server.getPath().substring(1);
        int port = Ports.free();
        try {
            Path directory = Files.createTempDirectory("jejaring-pgbouncer");
            // PgBouncer refuses to run as root; it then switches to nobody, who must read its files.
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path users = Files.writeString(directory.resolve("users.txt"), "\"" + user + "\" \"" + password + "\"\n");
            Path config = Files.writeString(directory.resolve("pgbouncer.ini"), """
                    [databases]
                    %s = host=%s port=%d dbname=%s user=%s password=%s
                    [pgbouncer]
                    listen_addr = 127.0.0.1
                    listen_port = %d
                    unix_socket_dir =
                    auth_type = trust
                    auth_file = %s
                    pool_mode = transaction
                    default_pool_size = %d
                    ignore_startup_parameters = extra_float_digits
                    """.formatted(database, server.getHost(), server.getPort(), database, user, password, port, users, poolSize));
            List<String> command = new ArrayList<>(List.of(binary.toString()));
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("-u", "nobody"));
            }
            command.add(config.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("pgbouncer.log").toFile()).start();
            PgBouncer bouncer = new PgBouncer(process, port, directory);
            await().atMost(Duration.ofSeconds(20)).until(bouncer::listening);
            return bouncer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same database, through this PgBouncer; {@code parameters} are added to the URL's query. */
    String jdbcUrl(String database, String parameters) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?sslmode=disable" + (parameters.isEmpty() ? "" : "&" + parameters);
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("pgbouncer exited: " + log());
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String log() {
        try {
            return Files.readString(directory.resolve("pgbouncer.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
