package io.jejaring.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the demo seeds, decided before anything is sent, so its coherence can be checked without a running stack:
 * the people, who introduced whom, their connections, a year of interactions, and promises with every outcome.
 * Contacts are referred to by their index in {@link #people()}. The same seed gives the same plan.
 */
record DemoPlan(List<Contact> people, List<Connection> connections, List<Interaction> interactions,
        List<Promise> promises) {

    /** A person with the owner's labels for them; {@code introducedBy} is an earlier index, or -1. */
    record Contact(DemoPeople.Person person, String tier, String organization, List<String> communities, int birthYear,
            String sincerity, int introducedBy) {
    }

    record Connection(int one, int other, String kind) {
    }

    record Interaction(int contact, Instant occurredAt, String channel, String initiatedBy, String exchange) {
    }

    /** {@code outcome} is OPEN (left open, past due or not, as {@code dueOn} says), KEPT, BROKEN or CANCELLED. */
    record Promise(int contact, String direction, String description, LocalDate dueOn, String outcome) {
    }

    /** They reach out, take help, and never give any back: the {@code ONE_SIDED} flag (rule 1). */
    static final List<Integer> TAKERS = List.of(7, 26, 41);
    /** They have helped the owner again and again, and got nothing back yet: the {@code YOU_OWE} flag. */
    static final List<Integer> HELPERS = List.of(11, 33, 48);

    private static final String[] COMMUNITIES = {"ITB alumni", "Jakarta tech founders", "YPO", "chess club",
        "church choir", "Rotary", "angel investors", "running club"};
    private static final String[] ORGANIZATIONS = {"Gojek", "Tokopedia", "Bank Mandiri", "Telkom", "Unilever",
        "Pertamina", "Traveloka", "McKinsey", "Kopi Kenangan", "Universitas Indonesia"};
    private static final String[] CHANNELS = {"IN_PERSON", "PHONE", "VIDEO", "EMAIL", "MESSAGE", "MESSAGE", "SOCIAL"};
    private static final String[] EXCHANGES = {"GAVE", "RECEIVED", "MUTUAL", "SOCIAL", "SOCIAL"};

    /** Promises to and from close contacts: every direction and outcome, due from weeks ago to next week. */
    private static final List<PlannedPromise> PROMISES = List.of(
            new PlannedPromise(0, "I_PROMISED", "send the pitch deck", -40, "KEPT"),
            new PlannedPromise(1, "I_PROMISED", "introduce them to an angel investor", -21, "KEPT"),
            new PlannedPromise(2, "I_PROMISED", "review their term sheet", -6, "KEPT"),
            new PlannedPromise(3, "I_PROMISED", "lend a book on negotiation", -30, "BROKEN"),
            new PlannedPromise(4, "I_PROMISED", "share the hiring plan", -4, "OPEN"),
            new PlannedPromise(5, "I_PROMISED", "visit their new office", 3, "OPEN"),
            new PlannedPromise(6, "I_PROMISED", "send the conference photos", 10, "OPEN"),
            new PlannedPromise(8, "I_PROMISED", "speak at their meetup", -12, "CANCELLED"),
            new PlannedPromise(9, "THEY_PROMISED", "connect me with the alumni board", -15, "KEPT"),
            new PlannedPromise(10, "THEY_PROMISED", "call back about the job opening", -25, "BROKEN"),
            new PlannedPromise(12, "THEY_PROMISED", "return the projector", -8, "BROKEN"),
            new PlannedPromise(13, "THEY_PROMISED", "send the market report", -2, "OPEN"),
            new PlannedPromise(14, "THEY_PROMISED", "introduce me to their CFO", 6, "OPEN"));

    private record PlannedPromise(int contact, String direction, String description, int dueInDays, String outcome) {
    }

    static DemoPlan draw(Random random, Instant now) {
        List<Contact> people = new ArrayList<>();
        for (DemoPeople.Person person : DemoPeople.draw(random)) {
            people.add(contact(person, people.size(), random));
        }
        List<Interaction> interactions = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            interactions.addAll(interactions(i, random, now));
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Promise> promises = new ArrayList<>();
        for (PlannedPromise promise : PROMISES) {
            promises.add(new Promise(promise.contact(), promise.direction(), promise.description(),
                    today.plusDays(promise.dueInDays()), promise.outcome()));
        }
        return new DemoPlan(people, connections(people.size(), random), interactions, promises);
    }

    private static Contact contact(DemoPeople.Person person, int index, Random random) {
        String tier = index < 5 ? "INNER" : index < 20 ? "CLOSE" : index < 55 ? "ACTIVE" : "ACQUAINTANCE";
        List<String> communities = random.nextInt(4) == 0
                ? List.of(pick(COMMUNITIES, random), pick(COMMUNITIES, random)).stream().distinct().toList()
                : List.of(pick(COMMUNITIES, random));
        String sincerity = TAKERS.contains(index) ? "UNSURE" : random.nextInt(10) == 0 ? "TRANSACTIONAL" : "SINCERE";
        int introducedBy = index > 0 && random.nextInt(5) == 0 ? random.nextInt(index) : -1;
        return new Contact(person, tier, pick(ORGANIZATIONS, random), communities, 1955 + random.nextInt(48), sincerity,
                introducedBy);
    }

    private static List<Connection> connections(int people, Random random) {
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        List<Connection> connections = new ArrayList<>();
        while (connections.size() < 40) {
            int one = random.nextInt(people);
            int other = random.nextInt(people);
            String kind = random.nextBoolean() ? "COLLEAGUE" : "KNOWS";
            if (one != other && pairs.add(List.of(Math.min(one, other), Math.max(one, other)))) {
                connections.add(new Connection(one, other, kind));
            }
        }
        return connections;
    }

    /** The inner circle weekly-ish, the close and active ones less often, acquaintances a couple of times a year. */
    private static List<Interaction> interactions(int contact, Random random, Instant now) {
        boolean taker = TAKERS.contains(contact);
        boolean helper = HELPERS.contains(contact);
        int count = taker || helper ? 4 + random.nextInt(3)
                : contact < 5 ? 40 : contact < 20 ? 14 : contact < 55 ? 5 : random.nextInt(3);
        // the flagged ones within the last 300 days, well inside the 365-day window their flags count
        int withinDays = taker || helper ? 300 : 365;
        List<Interaction> interactions = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Instant at = now.minus(Duration.ofMinutes(1 + random.nextInt(withinDays * 24 * 60)));
            String channel = pick(CHANNELS, random);
            String initiatedBy = taker || random.nextBoolean() ? "THEM" : "ME";
            String exchange = taker ? "GAVE" : helper ? (k % 3 == 2 ? "SOCIAL" : "RECEIVED") : pick(EXCHANGES, random);
            interactions.add(new Interaction(contact, at, channel, initiatedBy, exchange));
        }
        return interactions;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
