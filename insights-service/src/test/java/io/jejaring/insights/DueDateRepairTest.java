package io.jejaring.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.junit.jupiter.api.Test;

import io.jejaring.insights.store.Relationship;
import io.jejaring.insights.formula.Cadence;
import io.jejaring.plumbing.testing.RealInfrastructure;
import io.jejaring.plumbing.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The migration that repairs due dates written with calendar-day arithmetic in a zone with daylight saving: it
 * must give exactly what {@link Cadence#dueAt} gives, and keep an announced overdue in step with its due date.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "insights"))
class DueDateRepairTest {

    static final String REPAIR = "db/migration/V20__due_dates_in_absolute_time.sql";

    @Inject
    EntityManager entityManager;

    final String owner = TestTokens.newOwner();

    @Test
    void dueDatesWrittenInBerlinCalendarDaysBecomeCadenceDueDates() {
        Instant spring = Instant.parse("2026-03-01T12:00:00Z");
        Instant autumn = Instant.parse("2026-10-01T12:00:00Z");
        // as the old SQL wrote them in a Europe/Berlin session: an hour early in spring, an hour late in autumn
        UUID announced = row(spring, Instant.parse("2026-03-31T11:00:00Z"), Instant.parse("2026-03-31T11:00:00Z"));
        UUID unannounced = row(autumn, Instant.parse("2026-10-31T13:00:00Z"), null);
        UUID restoredBefore = row(autumn, Instant.parse("2026-10-31T13:00:00Z"), Instant.parse("2026-09-01T12:00:00Z"));

        // in a session with daylight saving: the repair must not depend on the zone either
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("SET LOCAL TIME ZONE 'Europe/Berlin'").executeUpdate();
            entityManager.createNativeQuery(script()).executeUpdate();
        });

        QuarkusTransaction.requiringNew().run(() -> {
            Relationship first = relationship(announced);
            assertThat(first.dueAt).isEqualTo(Cadence.dueAt(spring, 30)).isEqualTo("2026-03-31T12:00:00Z");
            assertThat(first.notifiedDueAt).isEqualTo(first.dueAt);
            Relationship second = relationship(unannounced);
            assertThat(second.dueAt).isEqualTo(Cadence.dueAt(autumn, 30)).isEqualTo("2026-10-31T12:00:00Z");
            assertThat(second.notifiedDueAt).isNull();
            Relationship third = relationship(restoredBefore);
            assertThat(third.dueAt).isEqualTo(Cadence.dueAt(autumn, 30));
            assertThat(third.notifiedDueAt).isEqualTo("2026-09-01T12:00:00Z");
        });
    }

    /** A 30-day relationship, not kept in touch so that the overdue scan leaves it alone meanwhile. */
    UUID row(Instant last, Instant dueAt, Instant notifiedDueAt) {
        UUID contactId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO relationship (owner_id, contact_id, version, cadence_days, keep_in_touch, created_at,
                                          last_interaction_at, due_at, notified_due_at)
                VALUES (?1, ?2, 1, 30, false, ?3, ?4, ?5, ?6)""").unwrap(NativeQuery.class)
                .setParameter(1, owner).setParameter(2, contactId).setParameter(3, last.minusSeconds(86400 * 14))
                .setParameter(4, last).setParameter(5, dueAt).setParameter(6, notifiedDueAt, Instant.class)
                .executeUpdate());
        return contactId;
    }

    Relationship relationship(UUID contactId) {
        return Relationship.findById(new Relationship.Key(owner, contactId));
    }

    static String script() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(REPAIR)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
