package io.jejaring.insights.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jejaring.insights.formula.Reciprocity;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The whole-network reads behind {@code /reach} and {@code /suggestions} cost what the active contacts, their edges
 * or the top of a ranking cost, not what the whole network does: an owner with 20,000 quiet contacts and a handful
 * of active ones. Rows read are counted from PostgreSQL's own per-transaction table statistics (tuples a
 * sequential scan read, plus heap rows an index scan fetched); the old statements read every contact.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class NetworkReadsTest {

    static final int QUIET = 20_000;
    /** Far below the network's size: what a read of a few active contacts and their edges may touch. */
    static final int FEW = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    RelationshipStore relationships;

    @Inject
    InteractionFacts interactions;

    final String owner = TestTokens.newOwner();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final Instant activeSince = now.minus(Duration.ofDays(90));
    final UUID active = UUID.randomUUID();
    final UUID activeIntroduced = UUID.randomUUID();
    final UUID connected = UUID.randomUUID();
    final UUID introducer = UUID.randomUUID();
    final UUID introducedByActive = UUID.randomUUID();
    final UUID removedEdge = UUID.randomUUID();
    final UUID deletedNeighbour = UUID.randomUUID();

    @BeforeEach
    void network() {
        QuarkusTransaction.requiringNew().run(() -> {
            sql("""
                    INSERT INTO relationship (owner_id, contact_id, version, cadence_days, communities, created_at,
                                              due_at, fading_at)
                    SELECT ?1, gen_random_uuid(), 1, 365, '{quiet}', t, t + interval '365 days', t + interval '273 days'
                    FROM generate_series(1, %d), CAST(?2 AS timestamptz) AS t""".formatted(QUIET), now.minus(Duration.ofDays(10)));
            // active, in two communities; active and introduced by `introducer`
            contact(active, now.minus(Duration.ofDays(3)), 7, "{a,b}", "culture-1", null, false);
            contact(activeIntroduced, now.minus(Duration.ofDays(50)), 30, "{a}", null, introducer, false);
            contact(connected, null, 30, "{}", null, null, false);
            contact(introducer, null, 30, "{}", null, null, false);
            contact(introducedByActive, null, 30, "{}", null, active, false);
            contact(removedEdge, null, 30, "{}", null, null, false);
            contact(deletedNeighbour, null, 30, "{}", null, null, true);
            edge(active, connected, false);
            edge(removedEdge, active, true);
            edge(deletedNeighbour, activeIntroduced, false);
            // I owe `active`: three times received, nothing given; `activeIntroduced` got something back
            for (int i = 0; i < 3; i++) {
                interaction(active, "RECEIVED", now.minus(Duration.ofDays(3 + i)));
            }
            interaction(activeIntroduced, "RECEIVED", now.minus(Duration.ofDays(50)));
            interaction(activeIntroduced, "MUTUAL", now.minus(Duration.ofDays(51)));
            sql("ANALYZE relationship");
            sql("ANALYZE interaction_contact");
        });
    }

    @Test
    void secondDegreeReachWalksOutFromTheActiveContacts() {
        int reach = readFew(() -> relationships.secondDegree(owner, activeSince));
        // A = {active, activeIntroduced}; N(A) = connected, introducer, introducedByActive (not the removed edge's
        // other end, nor the deleted contact)
        assertThat(reach).isEqualTo(5);
    }

    @Test
    void activeTalliesCountTheActiveContactsOnly() {
        RelationshipStore.ActiveTallies tallies = readFew(() -> relationships.activeTallies(owner, activeSince));
        assertThat(tallies.active()).isEqualTo(2);
        assertThat(tallies.withCommunity()).isEqualTo(2);
        assertThat(tallies.communities()).containsOnlyKeys("a", "b");
        assertThat(tallies.communities().get("a")).isEqualTo(1.5);
        assertThat(tallies.communities().get("b")).isEqualTo(0.5);
        assertThat(tallies.cultures()).containsOnlyKeys("culture-1");
        assertThat(tallies.ageBands()).isEmpty();
    }

    @Test
    void fadingReadsTheTopOfEachCadenceNotEveryRelationship() {
        Instant later = now.plus(Duration.ofDays(300));
        List<UUID> fading = readFew(() -> relationships.fading(owner, later, 3).stream()
                .map(Relationship::contactId).toList());
        // ratios at `later`: active (303/7) first, then activeIntroduced (350/30), then the 30-day contacts
        // created at `now`, 300/30 each, of which the lowest contact id
        assertThat(fading).hasSize(3);
        assertThat(fading.subList(0, 2)).containsExactly(active, activeIntroduced);
        assertThat(fading.get(2).toString()).isEqualTo(List.of(connected, introducer, introducedByActive, removedEdge)
                .stream().map(UUID::toString).sorted().findFirst().orElseThrow());
    }

    @Test
    void reciprocityIsSummedAndFilteredInTheDatabase() {
        Instant from = now.minus(Duration.ofDays(365));
        Reciprocity total = readFew(() -> interactions.reciprocityTotal(owner, from, now));
        assertThat(total).isEqualTo(new Reciprocity(5, 0, 0, 4, 1));
        assertThat(readFew(() -> interactions.youOwe(owner, from, now, 3)))
                .containsOnlyKeys(active).containsEntry(active, new Reciprocity(3, 0, 0, 3, 0));
    }

    /**
     * With thousands of active contacts the planner hashes the contacts the pairs belong to: it must hash the
     * active ones from their index, not all 20,000 quiet ones as well, and still count every pair.
     */
    @Test
    void reciprocityOfManyActiveContactsReadsTheActiveOnes() {
        int many = 3_000;
        Instant at = now.minus(Duration.ofDays(10));
        QuarkusTransaction.requiringNew().run(() -> {
            sql("""
                    WITH c AS (SELECT gen_random_uuid() AS id, gen_random_uuid() AS interaction FROM generate_series(1, %d)),
                    r AS (INSERT INTO relationship (owner_id, contact_id, version, cadence_days, created_at,
                                                    last_interaction_at)
                          SELECT ?1, id, 1, 30, ?2, ?2 FROM c),
                    f AS (INSERT INTO interaction_fact (owner_id, interaction_id, version, channel, initiated_by,
                                                        exchange, occurred_at, weight_share, contact_count)
                          SELECT ?1, interaction, 1, 'PHONE', 'ME', 'RECEIVED', ?2, 2, 1 FROM c)
                    INSERT INTO interaction_contact (owner_id, contact_id, interaction_id, occurred_at)
                    SELECT ?1, id, interaction, ?2 FROM c""".formatted(many), at);
            sql("ANALYZE relationship");
            sql("ANALYZE interaction_contact");
            sql("ANALYZE interaction_fact");
        });
        Instant from = now.minus(Duration.ofDays(365));
        Reciprocity total = QuarkusTransaction.requiringNew().call(() -> {
            long before = rowsRead();
            Reciprocity read = interactions.reciprocityTotal(owner, from, now);
            assertThat(rowsRead() - before).as("relationship rows read").isLessThan(QUIET / 2);
            return read;
        });
        assertThat(total).isEqualTo(new Reciprocity(5 + many, 0, 0, 4 + many, 1));
    }

    /** Runs the read in a transaction and checks it read few of the owner's relationship rows. */
    <T> T readFew(Supplier<T> read) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long before = rowsRead();
            T result = read.get();
            assertThat(rowsRead() - before).as("relationship rows read").isLessThan(FEW);
            return result;
        });
    }

    long rowsRead() {
        Object value = entityManager.createNativeQuery("""
                SELECT coalesce(sum(coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)), 0)
                FROM pg_stat_xact_user_tables WHERE relname = 'relationship'""").getSingleResult();
        return ((Number) value).longValue();
    }

    void contact(UUID id, Instant last, int cadence, String communities, String culture, UUID introducedBy,
            boolean deleted) {
        Instant created = now.minus(Duration.ofDays(100)).plus(Duration.ofDays(last == null ? 100 : 0));
        Instant from = last == null ? created : last;
        sql("""
                INSERT INTO relationship (owner_id, contact_id, version, deleted, cadence_days, communities, culture,
                                          introduced_by, created_at, last_interaction_at, due_at, fading_at)
                VALUES (?1, ?2, 1, ?3, ?4, CAST(?5 AS varchar(200)[]), ?6, ?7, ?8, ?9, ?10, ?11)""",
                id, deleted, cadence, communities, orNull(culture, String.class), orNull(introducedBy, UUID.class),
                created, orNull(last, Instant.class),
                from.plus(Duration.ofDays(cadence)), from.plus(Duration.ofHours(cadence * 18L)));
    }

    void edge(UUID x, UUID y, boolean removed) {
        UUID a = x.toString().compareTo(y.toString()) < 0 ? x : y;
        sql("INSERT INTO connection_edge (owner_id, contact_a, contact_b, version, removed) VALUES (?1, ?2, ?3, 1, ?4)",
                a, a == x ? y : x, removed);
    }

    void interaction(UUID contact, String exchange, Instant at) {
        UUID id = UUID.randomUUID();
        sql("""
                INSERT INTO interaction_fact (owner_id, interaction_id, version, channel, initiated_by, exchange,
                                              occurred_at, weight_share, contact_count)
                VALUES (?1, ?2, 1, 'PHONE', 'ME', ?3, ?4, 2, 1)""", id, exchange, at);
        sql("INSERT INTO interaction_contact (owner_id, contact_id, interaction_id, occurred_at) VALUES (?1, ?2, ?3, ?4)",
                contact, id, at);
    }

    /** A null of a known type, for a parameter that may be null. */
    record Null(Class<?> type) {
    }

    static Object orNull(Object value, Class<?> type) {
        return value == null ? new Null(type) : value;
    }

    /** A statement with the owner as ?1 and the given values as ?2 onwards. */
    @SuppressWarnings("unchecked")
    void sql(String statement, Object... values) {
        var query = entityManager.createNativeQuery(statement).unwrap(org.hibernate.query.NativeQuery.class);
        if (statement.contains("?1")) {
            query.setParameter(1, owner);
        }
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Null none) {
                query.setParameter(i + 2, null, (Class<Object>) none.type());
            } else {
                query.setParameter(i + 2, value);
            }
        }
        query.executeUpdate();
    }
}
