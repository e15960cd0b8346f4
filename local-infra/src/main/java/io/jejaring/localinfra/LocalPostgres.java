package io.jejaring.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL server (a real postgres process from the zonky binaries), one database per service.
 * With a data directory it keeps its data between runs; without one it starts empty.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static LocalPostgres start(Path dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    // zonky trades durability for speed by default; an acknowledged write must survive here too
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            if (dataDir != null) {
                stopOrphan(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return new LocalPostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on port " + port, e);
        }
    }

    /**
     * Stops a PostgreSQL that a killed launcher left running on {@code dataDir}. The postmaster detaches into its
     * own process group, so it outlives a launcher killed with SIGKILL; a new one could then not start on the same
     * data. It is shut down "fast": clients disconnected, data consistent.
     *
     * @return whether one was found and stopped
     */
    static boolean stopOrphan(Path dataDir) {
        Optional<ProcessHandle> orphan = postmasterOf(dataDir);
        if (orphan.isEmpty()) {
            return false;
        }
        ProcessHandle postmaster = orphan.get();
        System.out.println("Stopping a PostgreSQL (pid " + postmaster.pid() + ") left running on " + dataDir
                + " by an earlier launcher...");
        try {
            fastShutdown(postmaster);
            postmaster.onExit().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new StackException("a PostgreSQL (pid " + postmaster.pid() + ") is still running on " + dataDir
                    + " and could not be stopped: stop it, then try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        System.out.println("Stopped it.");
        return true;
    }

    /**
     * SIGINT, PostgreSQL's "fast" shutdown, as {@code pg_ctl stop -m fast} sends it: clients are disconnected and
     * the data is left consistent. (zonky's {@code pg_ctl} refuses to run as root, so it is sent directly.)
     */
    private static void fastShutdown(ProcessHandle postmaster) throws InterruptedException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command here: fall back to SIGTERM below
        }
        postmaster.destroy(); // SIGTERM, a "smart" shutdown
    }

    /** The live postmaster named in {@code postmaster.pid}, if that process is still a postgres. */
    static Optional<ProcessHandle> postmasterOf(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            // the pid may have been reused since: only a postgres process counts
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> Path.of(command).getFileName().toString())
                            .filter(name -> name.equals("postgres")).isPresent());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no readable pid file: nothing of ours is running
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database unless it exists already. */
    public LocalPostgres createDatabase(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("unsafe database name " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
