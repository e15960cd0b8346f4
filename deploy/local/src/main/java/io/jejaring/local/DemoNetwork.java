package io.jejaring.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ./jejaring up --demo}: seeds a realistic network of 150 contacts across communities, cultures and
 * ages, with a year of interactions and a few promises, then prints what Jejaring makes of it. The same seed
 * gives the same network every time; an owner who already has contacts is not seeded again.
 */
final class DemoNetwork {

    static final int CONTACTS = 150;
    private static final String[] GIVEN = {"Ayu", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah",
        "Joko", "Kartika", "Lukas", "Maya", "Nanda", "Oki", "Putri", "Rizky", "Sari", "Teguh", "Wulan", "Yusuf",
        "Anneke", "Hiroshi", "Priya", "Sofia", "Daniel", "Mei", "Arjun", "Lena", "Marco"};
    private static final String[] FAMILY = {"Santoso", "Wijaya", "Lestari", "Siregar", "Nasution", "Hakim",
        "Kusuma", "Putra", "Halim", "Tanoto", "de Vries", "Tanaka", "Sharma", "Rossi", "Chen", "Pratama", "Saragih"};
    private static final String[] COMMUNITIES = {"ITB alumni", "Jakarta tech founders", "YPO", "chess club",
        "church choir", "Rotary", "angel investors", "running club"};
    private static final String[] CULTURES = {"Javanese", "Sundanese", "Batak", "Minangkabau", "Chinese-Indonesian",
        "Balinese", "Dutch", "Japanese", "Indian", "Italian"};
    private static final String[] ORGANIZATIONS = {"Gojek", "Tokopedia", "Bank Mandiri", "Telkom", "Unilever",
        "Pertamina", "Traveloka", "McKinsey", "Kopi Kenangan", "Universitas Indonesia"};
    private static final String[] CHANNELS = {"IN_PERSON", "PHONE", "VIDEO", "EMAIL", "MESSAGE", "MESSAGE", "SOCIAL"};
    private static final String[] EXCHANGES = {"GAVE", "RECEIVED", "MUTUAL", "SOCIAL", "SOCIAL"};

    private final Random random = new Random(2026);
    private final DemoApi api;
    private final Map<String, String> names = new HashMap<>();

    DemoNetwork(String token) {
        this.api = new DemoApi(token);
    }

    void seedAndShow() {
        JsonNode existing = api.get(Service.ALL.get(0).baseUrl() + "/api/v1/contacts?limit=200");
        existing.path("items").forEach(contact -> names.put(contact.path("id").asText(), contact.path("displayName").asText()));
        if (names.isEmpty()) {
            System.out.println("Seeding the demo network (150 contacts, a year of interactions)...");
            seed();
        }
        awaitInsights();
        print();
    }

    private void seed() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            ids.add(contact(i, ids));
        }
        for (int i = 0; i < 40; i++) {
            String one = ids.get(random.nextInt(ids.size()));
            String other = ids.get(random.nextInt(ids.size()));
            if (!one.equals(other)) {
                try {
                    api.post(contacts() + "/" + one + "/connections", Map.of("otherContactId", other, "kind",
                            random.nextBoolean() ? "COLLEAGUE" : "KNOWS"));
                } catch (IllegalStateException alreadyConnected) {
                    // the same pair drawn twice
                }
            }
        }
        Instant now = Instant.now();
        for (int i = 0; i < ids.size(); i++) {
            int perYear = i < 5 ? 40 : i < 20 ? 14 : i < 55 ? 5 : random.nextInt(3);
            for (int k = 0; k < perYear; k++) {
                interaction(ids.get(i), now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60))), i);
            }
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int i = 0; i < 8; i++) {
            api.post(Service.ALL.get(1).baseUrl() + "/api/v1/commitments", Map.of("contactId", ids.get(i * 3),
                    "direction", i % 3 == 0 ? "THEY_PROMISED" : "I_PROMISED", "description", "share the deck",
                    "dueOn", today.plusDays(random.nextInt(14) - 3).toString()));
        }
    }

    private String contact(int index, List<String> earlier) {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];
        String name = given + " " + family;
        String tier = index < 5 ? "INNER" : index < 20 ? "CLOSE" : index < 55 ? "ACTIVE" : "ACQUAINTANCE";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", name);
        body.put("givenName", given);
        body.put("familyName", family);
        body.put("organization", ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)]);
        body.put("communities", random.nextInt(4) == 0
                ? List.of(COMMUNITIES[random.nextInt(COMMUNITIES.length)], COMMUNITIES[random.nextInt(COMMUNITIES.length)])
                        .stream().distinct().toList()
                : List.of(COMMUNITIES[random.nextInt(COMMUNITIES.length)]));
        body.put("culture", CULTURES[random.nextInt(CULTURES.length)]);
        body.put("birthYear", 1955 + random.nextInt(48));
        body.put("tier", tier);
        body.put("sincerity", random.nextInt(10) == 0 ? "TRANSACTIONAL" : "SINCERE");
        if (!earlier.isEmpty() && random.nextInt(5) == 0) {
            body.put("introducedBy", earlier.get(random.nextInt(earlier.size())));
        }
        String id = api.post(contacts(), body).path("id").asText();
        names.put(id, name);
        return id;
    }

    private void interaction(String contactId, Instant at, int index) {
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactIds", List.of(contactId));
        body.put("channel", channel);
        if ("SOCIAL".equals(channel)) {
            body.put("socialNetwork", "LINKEDIN");
        }
        // a few takers: they reach out, receive help, and never give back
        boolean taker = index % 23 == 7;
        body.put("initiatedBy", taker || random.nextBoolean() ? "THEM" : "ME");
        body.put("exchange", taker ? "GAVE" : EXCHANGES[random.nextInt(EXCHANGES.length)]);
        body.put("occurredAt", at.toString());
        api.post(Service.ALL.get(1).baseUrl() + "/api/v1/interactions", body);
    }

    private void awaitInsights() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && reach().path("totalContacts").asInt() < names.size()) {
            sleep();
        }
        sleep();
    }

    private void print() {
        JsonNode overdue = api.get(insights() + "/overdue?limit=10");
        System.out.printf("%nOverdue (oldest due date first):%n  %-24s %12s %9s %6s%n", "contact", "days overdue", "cadence", "layer");
        overdue.path("items").forEach(item -> System.out.printf("  %-24s %12d %8dd %6d%n", name(item),
                item.path("daysOverdue").asLong(), item.path("cadenceDays").asInt(), item.path("layer").asInt()));
        JsonNode suggestions = api.get(insights() + "/suggestions?limit=8");
        System.out.printf("%nThis week, reach out to:%n  %-24s %8s  %s%n", "contact", "priority", "why");
        suggestions.path("items").forEach(item -> {
            List<String> reasons = new ArrayList<>();
            item.path("reasons").forEach(reason -> reasons.add(reason.path("text").asText()));
            System.out.printf("  %-24s %8.2f  %s%n", name(item), item.path("priority").asDouble(), String.join("; ", reasons));
        });
        JsonNode reach = reach();
        System.out.printf("%nReach: %d contacts, %d active in 90 days, %d within two steps; overdue %d%n",
                reach.path("totalContacts").asInt(), reach.path("activeContacts").asInt(),
                reach.path("secondDegreeReach").asInt(), reach.path("overdueCount").asInt());
        System.out.printf("  layers %s; breadth %s; diversity %s%n  generosity %s; integrity %s%n",
                reach.path("layers"), reach.path("breadth"), reach.path("diversity"), reach.path("generosity"),
                reach.path("integrity"));
    }

    private String name(JsonNode item) {
        return names.getOrDefault(item.path("contactId").asText(), item.path("contactId").asText());
    }

    private JsonNode reach() {
        return api.get(insights() + "/reach");
    }

    private static String contacts() {
        return Service.ALL.get(0).baseUrl() + "/api/v1/contacts";
    }

    private static String insights() {
        return Service.ALL.get(2).baseUrl() + "/api/v1/insights";
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
