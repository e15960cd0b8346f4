package io.jejaring.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.jejaring.local.LocalStack;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Capture through the real stack: a calendar and a mail export become interactions that insights-service counts
 * in strength and overdue; importing them again changes nothing; and no email address reaches any topic.
 * Needs contacts-service's owner profile and address lookup.
 */
class CaptureSystemTest {

    static final Path HOME = Path.of(System.getProperty("jejaring.home", "..")).toAbsolutePath().normalize();
    static final String CONTACTS = "http://127.0.0.1:8081/api/v1";
    static final String IMPORT = "http://127.0.0.1:8082/api/v1/interactions/import";
    static final String INTERACTIONS = "http://127.0.0.1:8082/api/v1/interactions";
    static final String INSIGHTS = "http://127.0.0.1:8083/api/v1/insights";
    static final Duration WAIT = Duration.ofSeconds(120);
    static final List<String> ADDRESSES = List.of("me@example.org", "ayu@example.org", "budi@example.com",
            "stranger@example.net");
    static final DateTimeFormatter ICAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter MAIL = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = new LocalStack(HOME, Files.createTempDirectory("jejaring-capture")).start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    static RequestSpecification as(String owner) {
        return given().auth().oauth2(stack.tokens().token(owner)).contentType("application/json");
    }

    static String contact(String owner, String name, String email, String tier) {
        return as(owner).body("{\"displayName\":\"" + name + "\",\"tier\":\"" + tier + "\",\"emails\":[{\"address\":\""
                + email + "\",\"label\":\"work\"}]}").post(CONTACTS + "/contacts").then().statusCode(201).extract().path("id");
    }

    static JsonPath capture(String owner, String mediaType, String file) {
        return as(owner).contentType(mediaType).body(file.getBytes(StandardCharsets.UTF_8)).post(IMPORT).then()
                .statusCode(200).extract().jsonPath();
    }

    static JsonPath insight(String owner, String path) {
        return as(owner).get(INSIGHTS + path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void capturedInteractionsCountInStrengthAndOverdueOnceAndNoAddressReachesATopic() {
        String owner = "owner-" + UUID.randomUUID();
        as(owner).body("{\"displayName\":\"Me\",\"emails\":[\"Me@Example.org\"]}").put(CONTACTS + "/owner/profile")
                .then().statusCode(200);
        String ayu = contact(owner, "Ayu", "ayu@example.org", "CLOSE");
        String budi = contact(owner, "Budi", "budi@example.com", "INNER");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant coffee = now.minus(Duration.ofDays(2));
        Instant lunch = now.minus(Duration.ofDays(20)); // Budi is INNER: 7 days, so he is overdue after it
        Instant mail = now.minus(Duration.ofDays(1));
        String calendar = calendar(coffee, lunch);
        String mbox = mbox(mail);

        JsonPath events = capture(owner, "text/calendar", calendar);
        JsonPath messages = capture(owner, "application/mbox", mbox);

        assertThat(events.getInt("created")).isEqualTo(2);
        assertThat(messages.getInt("created")).isEqualTo(1);
        assertThat(messages.getList("unmatched.address")).containsExactly("stranger@example.net");
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath ayuInsight = insight(owner, "/contacts/" + ayu);
            assertThat(ayuInsight.getString("lastInteractionAt")).isEqualTo(mail.toString());
            // a VIDEO call (2) and an email (1), each barely decayed
            assertThat(ayuInsight.getDouble("strength")).isBetween(2.9, 3.0);
            assertThat(insight(owner, "/overdue").getList("items.contactId")).containsExactly(budi);
            assertThat(insight(owner, "/contacts/" + budi).getString("lastInteractionAt")).isEqualTo(lunch.toString());
        });

        JsonPath eventsAgain = capture(owner, "text/calendar", calendar);
        JsonPath messagesAgain = capture(owner, "application/mbox", mbox);

        assertThat(eventsAgain.getInt("created")).isZero();
        assertThat(eventsAgain.getInt("alreadyImported")).isEqualTo(2);
        assertThat(messagesAgain.getInt("created")).isZero();
        assertThat(messagesAgain.getInt("alreadyImported")).isEqualTo(1);
        assertThat(as(owner).get(INTERACTIONS + "?limit=50").then().statusCode(200).extract().jsonPath().getList("items"))
                .hasSize(3);
        for (String topic : List.of("jejaring.contacts.v1", "jejaring.interactions.v1", "jejaring.insights.v1")) {
            List<ConsumerRecord<String, String>> records = readAll(topic);
            assertThat(records).as(topic).isNotEmpty();
            for (ConsumerRecord<String, String> record : records) {
                for (String address : ADDRESSES) {
                    assertThat(record.value().toLowerCase()).as(topic).doesNotContain(address);
                }
            }
        }
    }

    static String calendar(Instant coffee, Instant lunch) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Jejaring//system test//EN",
                "BEGIN:VEVENT", "UID:coffee-" + UUID.randomUUID(), "DTSTART:" + ICAL.format(coffee),
                "DTEND:" + ICAL.format(coffee.plus(Duration.ofMinutes(45))), "SUMMARY:Kopi with Ayu",
                "ORGANIZER:mailto:me@example.org", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ayu@example.org",
                "LOCATION:https://meet.google.com/abc-defg-hij", "END:VEVENT",
                "BEGIN:VEVENT", "UID:lunch-" + UUID.randomUUID(), "DTSTART:" + ICAL.format(lunch),
                "DTEND:" + ICAL.format(lunch.plus(Duration.ofHours(1))), "SUMMARY:Lunch",
                "ORGANIZER:mailto:budi@example.com", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.org",
                "END:VEVENT", "END:VCALENDAR", "");
    }

    static String mbox(Instant sent) {
        return "From 1817000000000000001@xxx " + sent + "\n"
                + "Date: " + MAIL.format(sent) + "\n"
                + "Message-ID: <" + UUID.randomUUID() + "@mail.example.org>\n"
                + "From: =?UTF-8?Q?Ayu_Lestari?= <ayu@example.org>\n"
                + "To: Me <me@example.org>\nCc: stranger@example.net\n"
                + "Subject: =?UTF-8?Q?Terima_kasih?=\n\nThanks!\n>From the notes\n";
    }

    static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "capture-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant quiet = Instant.now().plusSeconds(5);
            while (Instant.now().isBefore(quiet)) {
                var batch = consumer.poll(Duration.ofMillis(500));
                batch.forEach(records::add);
                if (!batch.isEmpty()) {
                    quiet = Instant.now().plusSeconds(3);
                }
            }
        }
        return records;
    }
}
