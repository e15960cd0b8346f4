package io.jejaring.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A launcher killed with SIGKILL leaves its PostgreSQL running; the next start stops it cleanly first. */
class LocalPostgresOrphanTest {

    @TempDir
    Path data;

    /** A launcher's PostgreSQL in a JVM of its own, so that the test can kill that JVM as a user would. */
    public static void main(String[] args) throws Exception {
        LocalPostgres.start(Path.of(args[0]), Ports.free());
        System.out.println("ready");
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void aPostgresLeftByAKilledLauncherIsStoppedAndTheNextStartSucceeds() throws Exception {
        Path pgData = data.resolve("postgres");
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalPostgresOrphanTest.class.getName(), pgData.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("ready")) {
                // the embedded PostgreSQL's own start-up lines
            }
            assertThat(line).as("the first launcher started PostgreSQL").isEqualTo("ready");
        }
        launcher.destroyForcibly(); // SIGKILL
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ProcessHandle orphan = LocalPostgres.postmasterOf(pgData).orElseThrow();
        assertThat(orphan.isAlive()).as("PostgreSQL outlived its launcher").isTrue();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        LocalPostgres postgres;
        try {
            postgres = LocalPostgres.start(pgData, Ports.free());
        } finally {
            System.setOut(console);
        }
        try (postgres) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Stopping a PostgreSQL (pid " + orphan.pid() + ")")
                    .contains("Stopped it.");
            assertThat(LocalPostgres.postmasterOf(pgData)).hasValueSatisfying(
                    postmaster -> assertThat(postmaster.pid()).isNotEqualTo(orphan.pid()));
            postgres.createDatabase("orphan_check");
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("orphan_check"),
                    LocalPostgres.USER, LocalPostgres.PASSWORD); ResultSet row = connection.createStatement().executeQuery("SELECT 1")) {
                assertThat(row.next()).isTrue();
            }
        }
        assertThat(LocalPostgres.postmasterOf(pgData)).as("closed cleanly").isEmpty();
    }

    @Test
    void noPidFileOrADeadPidMeansNothingToStop() throws Exception {
        assertThat(LocalPostgres.stopOrphan(data)).isFalse();
        java.nio.file.Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");
        assertThat(LocalPostgres.stopOrphan(data)).isFalse();
        java.nio.file.Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        assertThat(LocalPostgres.stopOrphan(data)).as("a live process that is not a postgres").isFalse();
    }
}
