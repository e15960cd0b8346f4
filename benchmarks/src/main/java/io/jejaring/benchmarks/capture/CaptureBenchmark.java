package io.jejaring.benchmarks.capture;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.benchmarks.common.SuiteMain;
import io.jejaring.benchmarks.common.SuiteStack;
import io.jejaring.local.LocalStack;

/**
 * Times a mail capture end to end: {@code POST /api/v1/interactions/import} of a generated mbox, from the first
 * byte sent to the answer. Run by {@code benchmarks/run capture}. Target: 10,000 messages in under 30 s.
 */
public final class CaptureBenchmark {

    static final double TARGET_SECONDS = 30;
    static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.ofHours(7));
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaptureBenchmark() {
    }

    public static void main(String[] arguments) {
        SuiteMain.run(arguments, CaptureOptions::parse, CaptureOptions::help, CaptureOptions.USAGE, CaptureBenchmark::run);
    }

    /** What one capture took and answered. */
    record Result(int messages, long bytes, Duration took, JsonNode answer) {
    }

    private static void run(CaptureOptions options) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        try (SuiteStack suite = new SuiteStack("stack-capture")) {
            LocalStack stack = suite.stack();
            suite.startWhenPortsFree(options.portWait());
            String contacts = SuiteStack.service("contacts-service").baseUrl() + "/api/v1";
            String interactions = SuiteStack.service("interactions-service").baseUrl() + "/api/v1/interactions/import";
            String owner = "bench-capture";
            String token = stack.tokens().token(owner);

            send(http, "PUT", contacts + "/owner/profile", token, "{\"displayName\":\"Me\",\"emails\":[\"me@example.org\"]}", 200);
            System.out.printf(Locale.ROOT, "Creating %d contacts with an address each...%n", options.contacts());
            for (int i = 0; i < options.contacts(); i++) {
                send(http, "POST", contacts + "/contacts", token, "{\"displayName\":\"Person " + i
                        + "\",\"emails\":[{\"address\":\"person" + i + "@example.com\",\"label\":\"work\"}]}", 201);
            }
            Path mbox = suite.root().resolve("benchmarks/target/capture-" + options.messages() + ".mbox");
            long bytes = generate(mbox, options.messages(), options.contacts());
            System.out.printf(Locale.ROOT, "Capturing an mbox of %,d messages (%.1f MiB)...%n", options.messages(),
                    bytes / 1048576.0);
            long started = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(interactions))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/mbox")
                    .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(mbox)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the capture answered " + answer.statusCode() + ": " + answer.body());
            }
            JsonNode result = JSON.readTree(answer.body());
            System.out.printf(Locale.ROOT, "  %.1f s: %s created, %s ignored, %d errors%n", took.toMillis() / 1000.0,
                    result.path("created"), result.path("ignored"), result.path("errors").size());
            suite.write(options.report(), render(suite.facts("benchmarks/run capture"),
                    new Result(options.messages(), bytes, took, result)));
        }
    }

    /**
     * Writes an mbox of {@code messages} messages, each between the owner and one or two contacts, in Gmail's
     * shape. One in 20 is a copy of the one before (a second label), one in 25 is bulk mail. Answers its size.
     */
    static long generate(Path file, int messages, int contacts) throws IOException {
        SplittableRandom random = new SplittableRandom(17);
        Instant start = Instant.now().minus(Duration.ofDays(365));
        String previous = null;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < messages; i++) {
                String message;
                if (previous != null && i % 20 == 19) {
                    message = previous.replace("X-Gmail-Labels: Inbox", "X-Gmail-Labels: Important");
                } else {
                    Instant sent = start.plusSeconds((long) i * 3000 + random.nextInt(600));
                    String contact = "person" + random.nextInt(contacts) + "@example.com";
                    boolean mine = random.nextBoolean();
                    String from = mine ? "Me <me@example.org>" : "=?UTF-8?Q?Person_=C3=A9?= <" + contact + ">";
                    String to = mine ? "<" + contact + ">" : "Me <me@example.org>";
                    String cc = random.nextInt(4) == 0 ? "\nCc: person" + random.nextInt(contacts) + "@example.com, someone"
                            + random.nextInt(500) + "@example.net" : "";
                    String bulk = i % 25 == 24 ? "\nList-Unsubscribe: <mailto:unsubscribe@news.example.com>" : "";
                    message = "From 18170000000" + i + "@xxx " + sent + "\nX-GM-THRID: 18170000000" + i
                            + "\nX-Gmail-Labels: Inbox\nMIME-Version: 1.0\nDate: " + MAIL_DATE.format(sent)
                            + "\nMessage-ID: <bench-" + i + "@mail.example.org>\nSubject: =?UTF-8?B?VGVyaW1hIGthc2loIQ==?= " + i
                            + "\nFrom: " + from + "\nTo: " + to + cc + bulk
                            + "\nContent-Type: multipart/alternative; boundary=\"b" + i + "\"\n\n--b" + i
                            + "\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                            + "Halo! Terima kasih =E2=80=94 see you soon.\n>From the notes of our call:\n"
                            + "lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20) + "\n\n--b" + i
                            + "\nContent-Type: text/html; charset=\"UTF-8\"\n\n<div>"
                            + "lorem ipsum dolor sit amet. ".repeat(30) + "</div>\n--b" + i + "--\n";
                }
                out.write(message);
                out.write('\n');
                previous = message;
            }
        }
        return Files.size(file);
    }

    private static void send(HttpClient http, String method, String url, String token, String json, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    static String render(SuiteStack.RunFacts facts, Result result) {
        double seconds = result.took().toMillis() / 1000.0;
        StringBuilder md = new StringBuilder("## Capture: an mbox through `POST /api/v1/interactions/import`\n\n");
        md.append(String.format(Locale.ROOT, "### %,d messages (%.1f MiB) captured end to end: **%.1f s**, target < %.0f s "
                + "for 10,000: %s%n%n", result.messages(), result.bytes() / 1048576.0, seconds, TARGET_SECONDS,
                result.messages() == 10_000 ? (seconds < TARGET_SECONDS ? "met" : "missed") : "not judged (not 10,000)"));
        md.append(String.format(Locale.ROOT, "- answer: %s created, %s updated, %s already imported, %s ignored, %d "
                + "unmatched addresses, %d errors%n", result.answer().path("created"), result.answer().path("updated"),
                result.answer().path("alreadyImported"), result.answer().path("ignored"),
                result.answer().path("unmatched").size(), result.answer().path("errors").size()));
        md.append(String.format(Locale.ROOT, "- %.2f ms per message%n%n", result.took().toNanos() / 1e6 / result.messages()));
        facts.appendTo(md);
        return md.toString();
    }
}
