package io.jejaring.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.local.LocalStack;

/**
 * The {@code ./jejaring} commands as a user runs them, through the real script and launcher, against the real
 * stack: names resolved by search, an ambiguous name refused with the choices, {@code --json} that parses, a
 * capture's summary, and a backup restored into another owner. Each test acts as its own owner.
 */
class CommandLineSystemTest {

    static final Path HOME = Path.of(System.getProperty("jejaring.home", "..")).toAbsolutePath().normalize();
    static final String CONTACTS = "http://127.0.0.1:8081/api/v1/contacts";
    static final String INTERACTIONS = "http://127.0.0.1:8082/api/v1/interactions";
    static final ObjectMapper JSON = new ObjectMapper();
    static LocalStack stack;
    static Path files;

    record Run(int exit, String out, String err) {
        String both() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    @BeforeAll
    static void start() throws IOException {
        // Kept before it starts, so that a start that fails still stops what it started.
        stack = new LocalStack(HOME, Files.createTempDirectory("jejaring-cli"));
        stack.start();
        files = Files.createTempDirectory("jejaring-cli-files");
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    /** {@code ./jejaring ARGS} as {@code owner}, whose token is in JEJARING_TOKEN. */
    static Run jejaring(String owner, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", HOME.resolve("jejaring").toString()));
        command.addAll(List.of(arguments));
        File err = Files.createTempFile(files, "stderr", ".txt").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile()).redirectError(err);
        builder.environment().put("JEJARING_TOKEN", stack.tokens().token(owner));
        builder.environment().remove("JEJARING_URL");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("./jejaring %s finished", arguments[0]).isTrue();
        return new Run(process.exitValue(), out, Files.readString(err.toPath()));
    }

    static String add(String owner, String name, String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("add", name, "--json"));
        arguments.addAll(List.of(options));
        Run added = jejaring(owner, arguments.toArray(String[]::new));
        assertThat(added.exit()).as(added.both()).isZero();
        return JSON.readTree(added.out()).path("id").asText();
    }

    static JsonNode interactionsWith(String owner, String contactId) throws IOException {
        return JSON.readTree(given().auth().oauth2(stack.tokens().token(owner)).get(INTERACTIONS + "?contactId=" + contactId)
                .then().statusCode(200).extract().asString()).path("items");
    }

    static String owner() {
        return "cli-" + UUID.randomUUID();
    }

    @Test
    void logFindsThePersonByNameAndLogsWhatTheWordsSay() throws Exception {
        String owner = owner();
        String budi = add(owner, "Budi Santoso", "--email", "budi@example.org");
        add(owner, "Citra Dewi");

        Run logged = jejaring(owner, "log", "budi", "--via", "coffee", "--they-reached-out", "--gave",
                "--note", "kopi darat", "--at", "yesterday 15:00");

        assertThat(logged.exit()).as(logged.both()).isZero();
        assertThat(logged.out()).startsWith("Logged in person with Budi Santoso, ");
        JsonNode interactions = interactionsWith(owner, budi);
        assertThat(interactions).hasSize(1);
        JsonNode interaction = interactions.get(0);
        assertThat(interaction.path("channel").asText()).isEqualTo("IN_PERSON");
        assertThat(interaction.path("initiatedBy").asText()).isEqualTo("THEM");
        assertThat(interaction.path("exchange").asText()).isEqualTo("GAVE");
        // The launcher and this test run on one machine, so in one time zone.
        Instant yesterdayAtThree = LocalDateTime.of(LocalDate.now().minusDays(1), java.time.LocalTime.of(15, 0))
                .atZone(ZoneId.systemDefault()).toInstant();
        assertThat(Instant.parse(interaction.path("occurredAt").asText())).isEqualTo(yesterdayAtThree);
    }

    @Test
    void anAmbiguousNameListsTheChoicesExitsTwoAndWritesNothing() throws Exception {
        String owner = owner();
        String lestari = add(owner, "Ayu Lestari");
        String wulandari = add(owner, "Ayu Wulandari");

        Run ambiguous = jejaring(owner, "log", "Ayu", "--via", "call");

        assertThat(ambiguous.exit()).as(ambiguous.both()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("\"Ayu\" matches 2 contacts. Nothing was written.")
                .containsPattern("Ayu Lestari +" + lestari).containsPattern("Ayu Wulandari +" + wulandari);
        assertThat(interactionsWith(owner, lestari)).isEmpty();
        assertThat(interactionsWith(owner, wulandari)).isEmpty();

        Run byWholeName = jejaring(owner, "log", "Ayu Wulandari", "--via", "call");
        assertThat(byWholeName.exit()).as(byWholeName.both()).isZero();
        assertThat(interactionsWith(owner, wulandari)).hasSize(1);
        assertThat(interactionsWith(owner, lestari)).isEmpty();
    }

    @Test
    void jsonOutputParsesAndCarriesTheNames() throws Exception {
        String owner = owner();
        String budi = add(owner, "Budi Santoso");
        Run promised = jejaring(owner, "promise", "Budi", "send the deck", "--by", "friday", "--json");
        assertThat(promised.exit()).as(promised.both()).isZero();
        String promiseId = JSON.readTree(promised.out()).path("id").asText();

        Run promises = jejaring(owner, "promises", "--json");

        assertThat(promises.exit()).as(promises.both()).isZero();
        JsonNode item = JSON.readTree(promises.out()).path("items").get(0);
        assertThat(item.path("id").asText()).isEqualTo(promiseId);
        assertThat(item.path("contactId").asText()).isEqualTo(budi);
        assertThat(item.path("displayName").asText()).isEqualTo("Budi Santoso");
        assertThat(item.path("description").asText()).isEqualTo("send the deck");
        for (String command : new String[] {"overdue", "suggest", "reach"}) {
            Run table = jejaring(owner, command, "--json");
            assertThat(table.exit()).as(table.both()).isZero();
            assertThat(JSON.readTree(table.out()).isObject()).as(command).isTrue();
        }

        Run kept = jejaring(owner, "kept", promiseId);
        assertThat(kept.exit()).as(kept.both()).isZero();
        assertThat(kept.out()).isEqualTo("Marked kept: \"send the deck\" (due "
                + JSON.readTree(promised.out()).path("dueOn").asText() + ").\n");
    }

    /** Needs interactions-service's text/calendar import (issue 17's capture). */
    @Test
    void capturePrintsItsSummaryWithTheAddressesThatAreNoContact() throws Exception {
        String owner = owner();
        add(owner, "Budi Santoso", "--email", "budi@example.org");
        DateTimeFormatter ical = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0);
        Path calendar = Files.writeString(files.resolve("meeting.ics"), String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Jejaring system tests//EN",
                "BEGIN:VEVENT", "UID:" + UUID.randomUUID() + "@example.org", "DTSTAMP:" + ical.format(start),
                "DTSTART:" + ical.format(start), "DTEND:" + ical.format(start.plusHours(1)), "SUMMARY:Coffee",
                "ORGANIZER;CN=Dewi:mailto:dewi@example.org",
                "ATTENDEE;CN=Budi Santoso;PARTSTAT=ACCEPTED:mailto:budi@example.org",
                "END:VEVENT", "END:VCALENDAR", ""));

        Run captured = jejaring(owner, "capture", calendar.toString());

        assertThat(captured.exit()).as(captured.both()).isZero();
        assertThat(captured.out()).startsWith("Captured meeting.ics: 1 interaction created, 0 updated, 0 already imported")
                .contains("Addresses that are none of your contacts").containsPattern("dewi@example.org +1");
    }

    @Test
    void aBackupRestoredIntoAnotherOwnerHasEverything() throws Exception {
        String owner = owner();
        add(owner, "Ayu Lestari", "--community", "choir");
        add(owner, "Budi Santoso", "--email", "budi@example.org");
        assertThat(jejaring(owner, "log", "Ayu", "Budi", "--via", "lunch", "--mutual").exit()).isZero();
        assertThat(jejaring(owner, "promise", "Ayu", "send the photos", "--by", "tomorrow").exit()).isZero();
        Path backup = files.resolve("backup-" + UUID.randomUUID() + ".json");

        Run backedUp = jejaring(owner, "backup", backup.toString());

        assertThat(backedUp.exit()).as(backedUp.both()).isZero();
        assertThat(backedUp.out()).startsWith("Backed up 2 contacts, 0 connections, 1 interaction and 1 commitment to ");
        String restoredOwner = owner();
        Run restored = jejaring(restoredOwner, "restore", backup.toString());
        assertThat(restored.exit()).as(restored.both()).isZero();
        assertThat(restored.out()).startsWith("Restored 2 contacts, 0 connections, 1 interaction and 1 commitment from ");
        Map<String, String> names = new LinkedHashMap<>();
        JSON.readTree(given().auth().oauth2(stack.tokens().token(restoredOwner)).get(CONTACTS).then().statusCode(200)
                .extract().asString()).path("items").forEach(c -> names.put(c.path("displayName").asText(), c.path("id").asText()));
        assertThat(names).containsOnlyKeys("Ayu Lestari", "Budi Santoso");
        assertThat(interactionsWith(restoredOwner, names.get("Budi Santoso"))).hasSize(1);
    }
}
