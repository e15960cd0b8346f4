package io.jejaring.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.jejaring.local.Service;

/**
 * Runs {@code ./jejaring up} exactly as the README says, and drives the running system: a contact written to
 * contacts-service travels through the outbox and Kafka into insights-service. Then it stops the stack with
 * SIGTERM, as Ctrl-C would, and checks that nothing is left running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JejaringUpTest {

    static final Path HOME = Path.of(System.getProperty("jejaring.home", "..")).toAbsolutePath().normalize();
    static final String CONTACTS = "http://127.0.0.1:8081";
    static final String INTERACTIONS = "http://127.0.0.1:8082";
    static final String INSIGHTS = "http://127.0.0.1:8083";
    static final Pattern TOKEN = Pattern.compile("export TOKEN=(\\S+)");
    static final Pattern STARTED = Pattern.compile("Jejaring is up \\(([0-9.]+) s\\)");

    static Process stack;
    static Path dataDir;
    static List<ProcessHandle> children;
    static String token;
    static double startupSeconds;
    static final StringBuilder output = new StringBuilder();

    @BeforeAll
    static void startTheStack() throws Exception {
        dataDir = Files.createTempDirectory("jejaring-system-test");
        stack = new ProcessBuilder("bash", HOME.resolve("jejaring").toString(), "up", "--data", dataDir.toString())
                .directory(HOME.toFile()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(stack, lines), "jejaring-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (token == null && System.nanoTime() < deadline && stack.isAlive()) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                output.append(line).append('\n');
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    startupSeconds = Double.parseDouble(started.group(1));
                }
                Matcher matcher = TOKEN.matcher(line);
                if (matcher.find()) {
                    token = matcher.group(1);
                }
            }
        }
        assertThat(token).as("`./jejaring up` printed a token; its output:\n%s", output).isNotNull();
        children = java.util.stream.Stream.concat(stack.descendants(), postgresOf(dataDir)).distinct().toList();
    }

    @AfterAll
    static void stopIfStillRunning() throws InterruptedException {
        if (stack != null && stack.isAlive()) {
            stack.destroy();
            if (!stack.waitFor(60, TimeUnit.SECONDS)) {
                stack.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void allThreeServicesAreReadyWithin90Seconds() {
        assertThat(startupSeconds).isPositive().isLessThanOrEqualTo(90);
        for (Service service : Service.ALL) {
            given().get(service.managementUrl() + "/q/health/ready").then().statusCode(200);
        }
    }

    @Test
    @Order(2)
    void aPostedContactReachesInsights() {
        given().auth().oauth2(token).get(INSIGHTS + "/api/v1/insights/reach").then().statusCode(200)
                .body("totalContacts", equalTo(0));
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"displayName\":\"Ayu Lestari\",\"tier\":\"CLOSE\"}")
                .post(CONTACTS + "/api/v1/contacts").then().statusCode(201);

        // Whether the event travels (outbox, Kafka, projection), not how fast: the time it takes is measured by
        // benchmarks/ (write-to-insight latency), not by a wall clock on a machine shared with other builds.
        await("the contact counted in /reach").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().auth().oauth2(token).get(INSIGHTS + "/api/v1/insights/reach").then()
                        .statusCode(200).extract().<Integer>path("totalContacts"), equalTo(1));
    }

    @Test
    @Order(3)
    void anInteractionWithAContactCreatedAMomentAgoIsAccepted() {
        String contactId = given().auth().oauth2(token).contentType("application/json")
                .body("{\"displayName\":\"Budi Santoso\"}").post(CONTACTS + "/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"contactIds\":[\"" + contactId + "\"],\"channel\":\"IN_PERSON\",\"occurredAt\":\""
                        + java.time.Instant.now().minusSeconds(60) + "\"}")
                .post(INTERACTIONS + "/api/v1/interactions").then().statusCode(201);
    }

    @Test
    @Order(3)
    void errorsAreProblemsInTheProductionBuildToo() {
        given().contentType("application/json").body("{\"displayName\":\"X\"}").post(CONTACTS + "/api/v1/contacts")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token).contentType("application/json").body("{\"displayName\":")
                .post(CONTACTS + "/api/v1/contacts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @Order(4)
    void tokenCommandSignsTokensForAnyOwner() throws Exception {
        Process command = new ProcessBuilder("bash", HOME.resolve("jejaring").toString(), "token", "--owner", "someone-else",
                "--data", dataDir.toString()).directory(HOME.toFile()).redirectErrorStream(true).start();
        String printed = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(command.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(command.exitValue()).as(printed).isZero();

        given().auth().oauth2(printed).get(INSIGHTS + "/api/v1/insights/reach").then().statusCode(200)
                .body("totalContacts", equalTo(0));
    }

    @Test
    @Order(4)
    void helpWorksOnEveryCommand() throws Exception {
        for (String[] help : new String[][] {{"--help"}, {"up", "--help"}, {"token", "--help"}, {"token", "-h"}}) {
            List<String> command = new java.util.ArrayList<>(List.of("bash", HOME.resolve("jejaring").toString()));
            command.addAll(List.of(help));
            Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(printed).isZero();
            assertThat(printed).as(String.join(" ", help)).contains("usage: ./jejaring " + (help.length > 1 ? help[0] : ""));
        }
    }

    @Test
    @Order(4)
    void theKeysAreTheOwnersAloneAndTheServicesListenOnLoopbackOnly() throws Exception {
        Path keys = dataDir.resolve("keys");
        assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(keys)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------")));
        }
        List<InetAddress> others = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()).toList();
        for (InetAddress address : others) {
            for (int port : new int[] {8081, 8082, 8083}) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
                            .as("%s:%d refuses", address, port).isInstanceOf(IOException.class);
                }
            }
        }
    }

    @Test
    @Order(5)
    void sigtermStopsEverythingWithin15SecondsAndLeavesNoProcessBehind() throws Exception {
        assertThat(children).as("three service JVMs").hasSizeGreaterThanOrEqualTo(3);
        assertThat(postgresOf(dataDir)).as("PostgreSQL runs from the data directory").isNotEmpty();
        stack.destroy();
        assertThat(stack.waitFor(15, TimeUnit.SECONDS)).as("the stack stopped within 15 s").isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(children.stream().filter(ProcessHandle::isAlive).map(p -> p.info().command().orElse("?")))
                .as("processes left running").isEmpty();
    }

    /** PostgreSQL detaches from its starter, so it is found by the data directory on its command line. */
    static java.util.stream.Stream<ProcessHandle> postgresOf(Path dataDir) {
        return ProcessHandle.allProcesses().filter(process -> process.info().commandLine()
                .filter(line -> line.contains("postgres") && line.contains(dataDir.toString())).isPresent());
    }

    private static void readLines(Process process, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the stack stopped
        }
    }
}
