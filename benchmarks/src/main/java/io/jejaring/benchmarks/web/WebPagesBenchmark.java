package io.jejaring.benchmarks.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.jejaring.benchmarks.common.InsightsSeeder;
import io.jejaring.benchmarks.common.Latencies;
import io.jejaring.benchmarks.common.Markdown;
import io.jejaring.benchmarks.common.SuiteMain;
import io.jejaring.benchmarks.common.SuiteStack;
import io.jejaring.benchmarks.reads.SearchLatencyBenchmark;
import io.jejaring.local.LocalStack;
import io.jejaring.local.Service;

/**
 * The web app's pages for one signed-in owner with 10,000 contacts: each page's server time (p50, p99) and the
 * JavaScript the pages load, gzipped. Run by {@code benchmarks/run web}. The contacts are written into
 * contacts-service's table (so pages find their names) and, with the same ids, published as events for
 * insights-service with interactions for about a tenth of them, as the other suites seed.
 */
public final class WebPagesBenchmark {

    static final String CONTACTS = "contacts-service";
    static final double TARGET_P99_MS = 100;
    static final int TARGET_SCRIPT_KB = 60;
    static final int PROMISES = 40;
    static final Duration MEASUREMENT_CAP = Duration.ofSeconds(90);
    static final Duration PROJECTION_TIMEOUT = Duration.ofMinutes(10);
    static final String SESSION_COOKIE = "jejaring-session";

    private WebPagesBenchmark() {
    }

    public static void main(String[] arguments) {
        SuiteMain.run(arguments, WebOptions::parse, WebOptions::help, WebOptions.USAGE, options -> run(options,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()));
    }

    /** One page measured: its path, the status of its first answer, and its latencies when that was 200. */
    record PageMeasurement(String label, String path, int status, long[] latencies, long errors, boolean capped) {

        Latencies.Summary latency() {
            return Latencies.summarize(latencies);
        }

        boolean present() {
            return status == 200;
        }
    }

    /** One script file a page names, what it answered, and what it weighs, plain and gzipped. */
    record Script(String path, int status, int bytes, int gzipped) {

        boolean served() {
            return status == 200;
        }
    }

    private static void run(WebOptions options, HttpClient http) throws Exception {
        try (SuiteStack suite = new SuiteStack("stack-web")) {
            LocalStack stack = suite.stack();
            suite.startWhenPortsFree(options.portWait());
            String owner = "bench-web";
            String token = stack.tokens().token(owner);
            List<UUID> contacts = seed(suite, owner, token, options.contacts());
            seedPromises(http, token, contacts);
            String session = signIn(http, stack.signInLink(owner));

            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("Today", "/");
            pages.put("Network", "/network");
            pages.put("People", "/people");
            pages.put("A person", "/people/" + contacts.get(0));
            pages.put("Promises", "/promises");
            pages.put("Import and export", "/transfer");
            List<PageMeasurement> measurements = new ArrayList<>();
            Set<String> scriptPaths = new LinkedHashSet<>();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                URI uri = URI.create(Service.WEB.baseUrl() + page.getValue());
                HttpResponse<String> first = http.send(get(uri, session), HttpResponse.BodyHandlers.ofString());
                if (first.statusCode() == 200) {
                    scriptPaths.addAll(PageScripts.sources(first.body()));
                }
                PageMeasurement measurement = first.statusCode() == 200
                        ? measure(http, uri, session, page.getKey(), page.getValue(), options)
                        : new PageMeasurement(page.getKey(), page.getValue(), first.statusCode(), new long[0], 0, false);
                print(measurement);
                measurements.add(measurement);
            }
            List<Script> scripts = new ArrayList<>();
            for (String path : scriptPaths) {
                HttpResponse<byte[]> response = http.send(get(URI.create(Service.WEB.baseUrl() + path), session),
                        HttpResponse.BodyHandlers.ofByteArray());
                boolean served = response.statusCode() == 200;
                scripts.add(new Script(path, response.statusCode(), served ? response.body().length : 0,
                        served ? PageScripts.gzippedSize(response.body()) : 0));
                if (!served) {
                    System.out.printf(Locale.ROOT, "  a page loads %s, which answered %d%n", path, response.statusCode());
                }
            }
            suite.write(options.report(), render(options, suite.facts("benchmarks/run web"), measurements, scripts));
        }
    }

    /** The owner's contacts in contacts-service (indexed for search) and in insights-service's projection. */
    private static List<UUID> seed(SuiteStack suite, String owner, String token, int size) throws Exception {
        LocalStack stack = suite.stack();
        Service contactsService = SuiteStack.service(CONTACTS);
        Map<String, String> environment = stack.environmentFor(contactsService);
        String url = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
        String user = environment.get("QUARKUS_DATASOURCE_USERNAME");
        String password = environment.get("QUARKUS_DATASOURCE_PASSWORD");
        System.out.printf(Locale.ROOT, "Writing %,d contacts for %s into contacts-service's table...%n", size, owner);
        List<UUID> contacts = SearchLatencyBenchmark.insert(url, user, password, owner, size);
        System.out.println("Restarting contacts-service, whose start derives their search columns...");
        stack.stop(contactsService, false);
        stack.start(contactsService);
        SearchLatencyBenchmark.awaitIndexed(url, user, password);
        SearchLatencyBenchmark.analyze(url, user, password);
        System.out.println("Publishing the same contacts and their interactions for insights-service...");
        try (InsightsSeeder seeder = new InsightsSeeder(stack.kafka().bootstrapServers(),
                HttpClient.newHttpClient(), SuiteStack.service("insights-service").baseUrl())) {
            InsightsSeeder.Seeded seeded = seeder.seed(owner, token, contacts, 16, PROJECTION_TIMEOUT);
            System.out.printf(Locale.ROOT, "  %,d contacts and %,d interactions projected in %.1f s%n",
                    seeded.contacts(), seeded.interactions(), seeded.takenIn().toMillis() / 1000.0);
        }
        return contacts;
    }

    /** Open promises both ways, due within the coming weeks, so the Promises and Today pages have some to show. */
    private static void seedPromises(HttpClient http, String token, List<UUID> contacts) throws Exception {
        String url = SuiteStack.service("interactions-service").baseUrl() + "/api/v1/commitments";
        for (int i = 0; i < PROMISES; i++) {
            String body = String.format(Locale.ROOT, "{\"contactId\":\"%s\",\"direction\":\"%s\",\"description\":\"promise %d\","
                    + "\"dueOn\":\"%s\"}", contacts.get(i * 7), i % 2 == 0 ? "I_PROMISED" : "THEY_PROMISED", i,
                    LocalDate.now().plusDays(i % 21));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("a promise was refused: " + response.statusCode() + " " + response.body());
            }
        }
    }

    /** Follows a one-time sign-in link as a browser would, and answers the session cookie's value. */
    static String signIn(HttpClient http, String link) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(SESSION_COOKIE + "="))
                .map(cookie -> cookie.substring(SESSION_COOKIE.length() + 1).split(";", 2)[0])
                .filter(value -> !value.isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sign-in link gave no session: " + response.statusCode()));
    }

    private static HttpRequest get(URI uri, String session) {
        return HttpRequest.newBuilder(uri).header("Cookie", SESSION_COOKIE + "=" + session).header("Accept", "text/html")
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** {@code GET} the page in a closed loop of one client: warm-up requests, then the measured ones. */
    private static PageMeasurement measure(HttpClient http, URI uri, String session, String label, String path,
            WebOptions options) throws Exception {
        HttpRequest request = get(uri, session);
        for (int i = 0; i < options.warmUpRequests(); i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        Latencies.Recorder recorder = new Latencies.Recorder();
        long errors = 0;
        long deadline = System.nanoTime() + MEASUREMENT_CAP.toNanos();
        boolean capped = false;
        for (int i = 0; i < options.requests(); i++) {
            if (System.nanoTime() > deadline) {
                capped = true;
                break;
            }
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - started;
            if (response.statusCode() == 200) {
                recorder.add(took);
            } else {
                errors++;
            }
        }
        return new PageMeasurement(label, path, 200, recorder.toArray(), errors, capped);
    }

    private static void print(PageMeasurement m) {
        if (!m.present()) {
            System.out.printf(Locale.ROOT, "  %-20s %s answered %d: missing%n", m.label(), m.path(), m.status());
            return;
        }
        Latencies.Summary latency = m.latency();
        System.out.printf(Locale.ROOT, "  %-20s p50 %s ms, p99 %s ms, max %s ms, %d errors%n", m.label(),
                Markdown.ms(latency.p50()), Markdown.ms(latency.p99()), Markdown.ms(latency.max()), m.errors());
    }

    static String render(WebOptions options, SuiteStack.RunFacts facts, List<PageMeasurement> pages, List<Script> scripts) {
        StringBuilder md = new StringBuilder();
        md.append("# Web pages\n\n");
        md.append("Figures measured in this repository by the command below. The targets are issue 16's.");
        if (options.quick()) {
            md.append(" **This was a `--quick` smoke run: too few requests and contacts for figures to quote.**");
        }
        md.append("\n\n## Against the targets\n\n| figure | target | measured | |\n|---|---|---|---|\n");
        for (PageMeasurement page : pages) {
            String figure = String.format(Locale.ROOT, "web page `%s` server time p99, one owner with %,d contacts, one client",
                    page.path().startsWith("/people/") && page.path().length() > "/people/".length() ? "/people/{id}" : page.path(),
                    options.contacts());
            if (!page.present()) {
                md.append(String.format(Locale.ROOT, "| %s | ≤ %.0f ms | answered %d | **missing** |%n", figure,
                        TARGET_P99_MS, page.status()));
            } else {
                long p99 = page.latency().p99();
                md.append(String.format(Locale.ROOT, "| %s | ≤ %.0f ms | **%s ms** | %s |%n", figure, TARGET_P99_MS,
                        Markdown.ms(p99), page.errors() == 0 && p99 / 1e6 <= TARGET_P99_MS ? "met" : "**missed**"));
            }
        }
        int totalGzipped = scripts.stream().mapToInt(Script::gzipped).sum();
        long unserved = scripts.stream().filter(script -> !script.served()).count();
        md.append(String.format(Locale.ROOT, "| JavaScript the pages load, all of it, gzipped | ≤ %d KB | **%.1f KB**%s | %s |%n%n",
                TARGET_SCRIPT_KB, totalGzipped / 1024.0, unserved == 0 ? "" : " (" + unserved + " script(s) named but not served)",
                totalGzipped <= TARGET_SCRIPT_KB * 1024 ? "met" : "**missed**"));

        md.append("## Each page: `GET` with a signed-in session\n\n");
        md.append("| page | path | p50 ms | p99 ms | max ms | requests measured | errors |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (PageMeasurement page : pages) {
            if (!page.present()) {
                md.append(String.format(Locale.ROOT, "| %s | `%s` | missing (answered %d) | | | | |%n", page.label(),
                        page.path(), page.status()));
                continue;
            }
            Latencies.Summary latency = page.latency();
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %s | %s | %d%s | %d |%n", page.label(), page.path(),
                    Markdown.ms(latency.p50()), Markdown.ms(latency.p99()), Markdown.ms(latency.max()), latency.count(),
                    page.capped() ? " (time cap)" : "", page.errors()));
        }
        md.append("\n## The JavaScript the pages load\n\n| script | bytes | gzipped bytes |\n|---|---:|---:|\n");
        for (Script script : scripts) {
            md.append(script.served()
                    ? String.format(Locale.ROOT, "| `%s` | %,d | %,d |%n", script.path(), script.bytes(), script.gzipped())
                    : String.format(Locale.ROOT, "| `%s` | not served: answered %d | |%n", script.path(), script.status()));
        }
        md.append(String.format(Locale.ROOT, "| all of them | %,d | %,d |%n%n",
                scripts.stream().mapToInt(Script::bytes).sum(), totalGzipped));
        facts.appendTo(md);
        md.append(String.format(Locale.ROOT, "- **Data:** one owner with %,d contacts written into contacts-service's "
                + "table and, with the same ids, published as contact events for insights-service, about a tenth with an "
                + "interaction in the last %d days (`InsightsSeeder`), and %d open promises both ways through the API.%n",
                options.contacts(), InsightsSeeder.INTERACTION_WITHIN_DAYS, PROMISES));
        md.append(String.format(Locale.ROOT, "- **Load:** each page in turn, a closed loop of one client over "
                + "`java.net.http.HttpClient`, HTTP/1.1, with the session cookie a one-time sign-in link gave: %d warm-up "
                + "requests (not measured), then %d measured. The server time is taken from just before the request is "
                + "sent to just after its whole answer is read, on the same machine; it includes the web app's calls to the "
                + "services. Percentiles are nearest-rank; anything but 200 is an error; a page whose first answer is not "
                + "200 is reported missing. A page stops after %d s even if not all were sent (marked \"time cap\").%n",
                options.warmUpRequests(), options.requests(), MEASUREMENT_CAP.toSeconds()));
        md.append("- **JavaScript:** every `<script src>` of the pages that answered, each file once, gzipped at the "
                + "default level (`java.util.zip`).\n");
        return md.toString();
    }
}
