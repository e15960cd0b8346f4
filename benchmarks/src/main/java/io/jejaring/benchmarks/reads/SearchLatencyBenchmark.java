package io.jejaring.benchmarks.reads;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.jejaring.benchmarks.common.CpuAccounting;
import io.jejaring.benchmarks.common.Latencies;
import io.jejaring.benchmarks.common.Markdown;
import io.jejaring.benchmarks.common.SuiteMain;
import io.jejaring.benchmarks.common.SuiteStack;
import io.jejaring.benchmarks.reads.ReadLatencyBenchmark.Measurement;
import io.jejaring.local.LocalStack;
import io.jejaring.local.Service;

/**
 * Latency of contacts-service's search, {@code GET /api/v1/contacts?q=}, and of its {@code ids=} batch, for one
 * owner with 100k contacts whose names, places and cultures carry accents. Run by {@code benchmarks/run search}.
 * The contacts are written straight into contacts-service's table without their search columns, and contacts-service
 * is restarted so that its start-up backfill derives them, as after the upgrade that added them; that time is
 * reported too.
 */
public final class SearchLatencyBenchmark {

    static final String CONTACTS = "contacts-service";
    static final double TARGET_P99_MS = 20;
    static final Duration BACKFILL_TIMEOUT = Duration.ofMinutes(15);

    /** What each measured search asks, by what it exercises. */
    static final Map<String, String> QUERIES = queries();

    private static final String[] GIVEN = {"María", "José", "Ayu", "Budi", "Siti", "Dewi", "Agus", "Putri", "Rizky",
        "Zoë", "Chloé", "François", "Renée", "Jürgen", "Søren", "Łukasz", "Ana", "João", "André", "Mehmet", "Çağrı",
        "Hiroshi", "Yūki", "Priya", "Fatima", "Ahmad", "Wei", "Mei", "Amara", "Kofi", "Sofía", "Lucía", "Matías",
        "Tomás", "Inés", "Noémie", "Björn", "Ingrid", "Gilang", "Hana"};
    private static final String[] FAMILY = {"González", "García", "Rodríguez", "Lestari", "Santoso", "Wijaya",
        "Hartono", "Pratama", "Nguyễn", "Trần", "Müller", "Schröder", "Dubois", "Lefèvre", "Østergaard", "Kowalski",
        "Yılmaz", "Öztürk", "Tanaka", "Satō", "Sharma", "Patel", "Okafor", "Mensah", "Silva", "Araújo", "Ferreira",
        "Peña", "Núñez", "Rossi", "Bianchi", "Kim", "Park", "Chen", "Wang", "Haddad", "Nasser"};
    private static final String[] LOCATIONS = {"Jakarta", "Bandung", "Yogyakarta", "Surabaya", "Bogotá", "São Paulo",
        "München", "Zürich", "Kraków", "İstanbul", "Québec", "Montréal", "Reykjavík", "Kyōto", "Hà Nội", "Lagos",
        "Accra", "Málaga", "Córdoba", "Medellín"};
    private static final String[] CULTURES = {"Javanese", "Sundanese", "Balinese", "Colombian", "Brazilian",
        "Bavarian", "Swiss", "Polish", "Turkish", "Québécois", "Icelandic", "Japanese", "Vietnamese", "Yoruba", "Akan",
        "Andalusian"};
    private static final String[] ORGANIZATIONS = {"Gojek", "Tokopedia", "Universidad de los Andes", "Siemens",
        "Petrobras", "Café Ñandú", "Bukalapak", "Telkom", "Société Générale", "Nestlé", "Škoda", "Garuda"};
    private static final String[] COMMUNITIES = {"ITB alumni", "Chess Club", "Café Society", "Jakarta tech",
        "Fútbol", "Choir", "Climbing"};
    private static final String[] TAGS = {"mentor", "investor", "family", "Músico", "neighbour"};
    private static final String[] TIERS = {"INNER", "CLOSE", "ACTIVE", "ACQUAINTANCE"};

    private SearchLatencyBenchmark() {
    }

    public static void main(String[] arguments) {
        SuiteMain.run(arguments, SearchOptions::parse, SearchOptions::help, SearchOptions.USAGE, options -> run(options,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()));
    }

    private static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("a given name, without its accent", "maria");
        queries.put("the start of a family name", "gonz");
        queries.put("two words", "jose gonzalez");
        queries.put("a location, two words", "sao paulo");
        queries.put("a culture, another case", "JAVANESE");
        queries.put("one letter, that starts a word of most contacts", "a");
        queries.put("nobody", "zzzz");
        return queries;
    }

    /** What was seeded, and how long contacts-service's start-up backfill took to index it. */
    record Seeding(int contacts, Duration inserted, Duration backfilled) {
    }

    private static void run(SearchOptions options, HttpClient http) throws Exception {
        try (SuiteStack suite = new SuiteStack("stack-search")) {
            LocalStack stack = suite.stack();
            suite.startWhenPortsFree(options.portWait());
            Service contactsService = SuiteStack.service(CONTACTS);
            Map<String, String> environment = stack.environmentFor(contactsService);
            String url = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
            String user = environment.get("QUARKUS_DATASOURCE_USERNAME");
            String password = environment.get("QUARKUS_DATASOURCE_PASSWORD");
            String owner = "bench-searcher";
            String token = stack.tokens().token(owner);

            System.out.printf(Locale.ROOT, "Writing %,d contacts for %s into contacts-service's table...%n",
                    options.contacts(), owner);
            long started = System.nanoTime();
            List<UUID> ids = insert(url, user, password, owner, options.contacts());
            Duration inserted = Duration.ofNanos(System.nanoTime() - started);
            System.out.println("Restarting contacts-service, whose start derives their search columns...");
            stack.stop(contactsService, false);
            started = System.nanoTime();
            stack.start(contactsService);
            awaitIndexed(url, user, password);
            Duration backfilled = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf(Locale.ROOT, "  inserted in %.1f s, indexed %.1f s after the restart began%n",
                    inserted.toMillis() / 1000.0, backfilled.toMillis() / 1000.0);
            analyze(url, user, password);

            CpuAccounting cpu = suite.cpuAccounting(CONTACTS);
            String base = contactsService.baseUrl() + "/api/v1/contacts";
            List<Measurement> measurements = new ArrayList<>();
            Map<String, Integer> firstPage = new LinkedHashMap<>();
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                URI uri = URI.create(base + "?q=" + URLEncoder.encode(query.getValue(), StandardCharsets.UTF_8));
                firstPage.put(query.getKey(), items(http, uri, token));
                measurements.add(measure(http, uri, token, options, query.getKey(), cpu));
            }
            URI batch = URI.create(base + "?ids=" + String.join(",", ids.subList(0, 200).stream().map(UUID::toString).toList()));
            firstPage.put("200 ids", items(http, batch, token));
            measurements.add(measure(http, batch, token, options, "200 ids", cpu));

            suite.write(options.report(), render(options, suite.facts("benchmarks/run search"),
                    new Seeding(options.contacts(), inserted, backfilled), measurements, firstPage));
        }
    }

    private static Measurement measure(HttpClient http, URI uri, String token, SearchOptions options, String label,
            CpuAccounting cpu) throws InterruptedException {
        Measurement measurement = ReadLatencyBenchmark.measure(http, uri, token, options.contacts(), label, 1,
                options.warmUpRequests(), options.requests(), cpu);
        Latencies.Summary latency = measurement.latency();
        System.out.printf(Locale.ROOT, "  %-40s p50 %s ms, p99 %s ms, max %s ms, %d errors%n", label,
                Markdown.ms(latency.p50()), Markdown.ms(latency.p99()), Markdown.ms(latency.max()), measurement.errors());
        return measurement;
    }

    /** How many contacts the first page of {@code uri} lists: a check that the search finds what it should. */
    private static int items(HttpClient http, URI uri, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response.body().split("\"displayName\"", -1).length - 1;
    }

    /** Writes the contacts as rows stored before the search columns existed; answers their ids. */
    public static List<UUID> insert(String url, String user, String password, String owner, int count) throws SQLException {
        Random random = new Random(42);
        List<UUID> ids = new ArrayList<>(count);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO contact (id, owner_id, display_name, given_name, family_name, organization, emails,
                                             communities, tags, culture, location, tier, sincerity, search_text, version,
                                             created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, 'UNSURE', '', 1, now(), now())""")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                String given = pick(random, GIVEN);
                String family = pick(random, FAMILY);
                insert.setObject(1, id);
                insert.setString(2, owner);
                insert.setString(3, given + " " + family);
                insert.setString(4, given);
                insert.setString(5, family);
                insert.setString(6, pick(random, ORGANIZATIONS));
                insert.setString(7, "[{\"address\":\"c" + i + "@example.org\",\"label\":\"work\"}]");
                insert.setArray(8, connection.createArrayOf("varchar", new String[] {pick(random, COMMUNITIES)}));
                insert.setArray(9, connection.createArrayOf("varchar", new String[] {pick(random, TAGS)}));
                insert.setString(10, pick(random, CULTURES));
                insert.setString(11, pick(random, LOCATIONS));
                insert.setString(12, pick(random, TIERS));
                insert.addBatch();
                if (i % 1000 == 999 || i == count - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
        return ids;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Waits until contacts-service's start-up backfill has derived the search columns of every contact. */
    public static void awaitIndexed(String url, String user, String password) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + BACKFILL_TIMEOUT.toNanos();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM contact WHERE search_prefixes IS NULL")) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("contacts-service did not index the contacts within " + BACKFILL_TIMEOUT);
                }
                Thread.sleep(200);
            }
        }
    }

    /** What autovacuum would do soon after so many writes, done now so that the planner's statistics are current. */
    public static void analyze(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE contact");
        }
    }

    static String render(SearchOptions options, SuiteStack.RunFacts facts, Seeding seeding, List<Measurement> measurements,
            Map<String, Integer> firstPage) {
        List<Measurement> searches = measurements.stream().filter(m -> QUERIES.containsKey(m.endpoint())).toList();
        long[] all = Latencies.concat(searches.stream().map(Measurement::latencies).toArray(long[][]::new));
        Latencies.Summary overall = Latencies.summarize(all);
        long errors = searches.stream().mapToLong(Measurement::errors).sum();
        StringBuilder md = new StringBuilder();
        md.append("# Search latency\n\n");
        md.append("Figures measured in this repository by the command below. The target is issue 15's.");
        if (options.quick()) {
            md.append(" **This was a `--quick` smoke run: too few requests and contacts for figures to quote.**");
        }
        md.append("\n\n## Against the targets\n\n| figure | target | measured | |\n|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| `GET /api/v1/contacts?q=` p99, one owner with %,d contacts, one client, "
                + "the %d searches below together | ≤ %.0f ms | **%s ms** | %s |%n%n", seeding.contacts(), searches.size(),
                TARGET_P99_MS, Markdown.ms(overall.p99()),
                errors == 0 && overall.p99() / 1e6 <= TARGET_P99_MS ? "met" : "**missed**"));
        md.append("## Each search: `GET /api/v1/contacts` for one owner\n\n");
        md.append("| contacts | what it asks | parameters | on the first page | requests/s | p50 ms | p99 ms | max ms | "
                + "requests measured | errors | CPU: contacts-service | CPU: PostgreSQL |\n");
        md.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement m : measurements) {
            Latencies.Summary latency = m.latency();
            String parameters = QUERIES.containsKey(m.endpoint()) ? "`q=" + QUERIES.get(m.endpoint()) + "`" : "`ids=` ×200";
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %d | %.0f | %s | %s | %s | %d%s | %d | %s | %s |%n",
                    m.size(), m.endpoint(), parameters, firstPage.get(m.endpoint()), m.throughput(),
                    Markdown.ms(latency.p50()), Markdown.ms(latency.p99()), Markdown.ms(latency.max()), latency.count(),
                    m.capped() ? " (time cap)" : "", m.errors(), cores(m, CONTACTS), cores(m, "PostgreSQL")));
        }
        md.append(String.format(Locale.ROOT, "%nCPU is in cores used on average while the requests ran, read from `/proc`.%n%n"));
        md.append("### Seeding and the start-up backfill\n\n");
        md.append(String.format(Locale.ROOT, "%,d contacts written by JDBC in %.1f s, without their search columns; "
                + "contacts-service restarted and derived them all (`SearchIndexBackfill`) %.1f s after its restart "
                + "began; then `VACUUM ANALYZE contact`, as autovacuum would soon after.%n%n",
                seeding.contacts(), seeding.inserted().toMillis() / 1000.0, seeding.backfilled().toMillis() / 1000.0));
        facts.appendTo(md);
        md.append(String.format(Locale.ROOT, "- **Data:** one owner; each contact a given and a family name from lists of "
                + "%d and %d with accents (María, Søren, Nguyễn, Yılmaz…), an organization, an email address, one "
                + "community, one tag, a culture (%d) and a location (%d), at random with a fixed seed.%n",
                GIVEN.length, FAMILY.length, CULTURES.length, LOCATIONS.length));
        md.append(String.format(Locale.ROOT, "- **Load:** each search in turn, a closed loop of one client over "
                + "`java.net.http.HttpClient`, HTTP/1.1, with a bearer token for the owner: %d warm-up requests (not "
                + "measured), then %d measured, first page of 50 (the default). Latency runs from just before the request "
                + "is sent to just after its whole answer is read; percentiles are nearest-rank; anything but 200 is an "
                + "error. A search stops after %d s even if not all were sent (marked \"time cap\"). The target's figure is "
                + "the p99 of every `q=` request measured, all searches together.%n",
                options.warmUpRequests(), options.requests(), ReadLatencyBenchmark.MEASUREMENT_CAP.toSeconds()));
        return md.toString();
    }

    private static String cores(Measurement m, String group) {
        Double cores = m.cpu().cores().get(group);
        return m.cpu().measured() && cores != null ? String.format(Locale.ROOT, "%.2f", cores) : "n/a";
    }
}
