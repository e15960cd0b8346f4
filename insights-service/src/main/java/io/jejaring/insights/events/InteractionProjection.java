package io.jejaring.insights.events;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.CommitmentChanged;
import io.jejaring.events.EventTypes;
import io.jejaring.events.InteractionDeleted;
import io.jejaring.events.InteractionSnapshot;
import io.jejaring.insights.domain.JsonText;
import io.jejaring.insights.domain.PendingUpkeep;
import io.jejaring.insights.domain.RelationshipLocks;
import io.jejaring.insights.domain.SqlArrays;
import io.jejaring.insights.formula.Parameters;
import io.jejaring.insights.formula.TieStrength;
import io.jejaring.plumbing.consume.IncomingEvent;
import io.jejaring.plumbing.sql.SqlTimes;

/**
 * Applies interaction and commitment events. Each interaction's last applied fields are kept in
 * {@code interaction_fact}, so that an edit or a deletion first subtracts exactly the strength that interaction
 * added, then adds its new terms: back-dated, edited and deleted interactions all stay exact.
 */
@ApplicationScoped
public class InteractionProjection {

    private static final String CURRENT_FACT = """
            SELECT version, deleted, (SELECT CAST(json_agg(l.contact_id) AS text) FROM interaction_contact l
                                      WHERE l.owner_id = f.owner_id AND l.interaction_id = f.interaction_id),
                   weight_share, occurred_at
            FROM interaction_fact f WHERE owner_id = ?1 AND interaction_id = ?2 FOR UPDATE""";
    private static final String WRITE_FACT = """
            INSERT INTO interaction_fact (owner_id, interaction_id, version, deleted, channel, initiated_by, exchange,
                                          occurred_at, weight_share, contact_count)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            ON CONFLICT (owner_id, interaction_id) DO UPDATE SET version = EXCLUDED.version, deleted = EXCLUDED.deleted,
                channel = EXCLUDED.channel, initiated_by = EXCLUDED.initiated_by, exchange = EXCLUDED.exchange,
                occurred_at = EXCLUDED.occurred_at, weight_share = EXCLUDED.weight_share,
                contact_count = EXCLUDED.contact_count""";
    private static final String UNLINK = "DELETE FROM interaction_contact WHERE owner_id = ?1 AND interaction_id = ?2";
    /** Links the named contacts, but not an erased one: a deleted contact stays out of every figure. */
    private static final String LINK = """
            INSERT INTO interaction_contact (owner_id, contact_id, interaction_id, occurred_at)
            SELECT ?1, id, ?2, ?3 FROM unnest(%s) AS id
            WHERE NOT EXISTS (SELECT 1 FROM relationship WHERE owner_id = ?1 AND contact_id = id AND deleted)
            ON CONFLICT DO NOTHING""".formatted(SqlArrays.uuids(4));
    /** Adds a term to each named contact, as a placeholder (version 0) for one whose own event has not come yet. */
    private static final String ADD_TERMS = """
            INSERT INTO relationship (owner_id, contact_id, version, strength_terms, strength_mass)
            SELECT DISTINCT ?1, id, 0, 1, CAST(?3 AS double precision) FROM unnest(%s) AS id
            ON CONFLICT (owner_id, contact_id) DO UPDATE SET strength_terms = relationship.strength_terms + 1,
                strength_mass = relationship.strength_mass + EXCLUDED.strength_mass
            WHERE NOT relationship.deleted""".formatted(SqlArrays.uuids(2));
    /** Removing a contact's last term sets its strength to exactly zero, whatever rounding has left. */
    private static final String SUBTRACT_TERMS = """
            UPDATE relationship SET strength_terms = greatest(strength_terms - 1, 0),
                strength_mass = CASE WHEN strength_terms <= 1 THEN 0 ELSE greatest(strength_mass - ?3, 0) END
            WHERE owner_id = ?1 AND contact_id = ANY(%s) AND NOT deleted""".formatted(SqlArrays.uuids(2));
    private static final String COMMITMENT = """
            INSERT INTO commitment_fact (owner_id, commitment_id, version, contact_id, direction, due_on, status)
            SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7
            WHERE NOT EXISTS (SELECT 1 FROM relationship WHERE owner_id = ?1 AND contact_id = ?4 AND deleted)
            ON CONFLICT (owner_id, commitment_id) DO UPDATE SET version = EXCLUDED.version,
                contact_id = EXCLUDED.contact_id, direction = EXCLUDED.direction, due_on = EXCLUDED.due_on,
                status = EXCLUDED.status
            WHERE commitment_fact.version < EXCLUDED.version""";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    Parameters parameters;

    /** Names the relationship rows the event will write, for the batch to lock them first, in order. */
    public void plan(IncomingEvent event, RelationshipLocks.Plan locks) {
        switch (event.type()) {
            case EventTypes.INTERACTION_LOGGED, EventTypes.INTERACTION_UPDATED, EventTypes.INTERACTION_DELETED ->
                    EventKeys.uuid(event, "interactionId").ifPresent(id -> locks.interaction(event.ownerId(), id,
                            EventKeys.uuids(event, "contactIds")));
            default -> {
                // commitments write no relationship row
            }
        }
    }

    public void apply(IncomingEvent event, PendingUpkeep upkeep) {
        switch (event.type()) {
            case EventTypes.INTERACTION_LOGGED, EventTypes.INTERACTION_UPDATED -> {
                InteractionSnapshot interaction = event.dataAs(InteractionSnapshot.class, json);
                IncomingEvent.require(interaction.interactionId() != null && interaction.version() >= 1
                        && interaction.contactIds() != null && !interaction.contactIds().isEmpty()
                        && interaction.channel() != null && interaction.occurredAt() != null,
                        "interaction id, version, contact ids, channel and occurredAt are required");
                replace(event.ownerId(), interaction.interactionId(), interaction.version(), interaction, upkeep);
            }
            case EventTypes.INTERACTION_DELETED -> {
                InteractionDeleted deleted = event.dataAs(InteractionDeleted.class, json);
                IncomingEvent.require(deleted.interactionId() != null && deleted.version() >= 1,
                        "interaction id and version are required");
                replace(event.ownerId(), deleted.interactionId(), deleted.version(), null, upkeep);
            }
            case EventTypes.COMMITMENT_MADE, EventTypes.COMMITMENT_RESOLVED -> commitment(event);
            default -> {
                // a type from a newer producer: nothing this version projects
            }
        }
    }

    /** Swaps what the interaction applied before for what it applies now; {@code now} null means deleted. */
    private void replace(String ownerId, UUID interactionId, long version, InteractionSnapshot now,
            PendingUpkeep upkeep) {
        List<?> rows = entityManager.createNativeQuery(CURRENT_FACT).setParameter(1, ownerId)
                .setParameter(2, interactionId).getResultList();
        Object[] before = rows.isEmpty() ? null : (Object[]) rows.get(0);
        if (before != null && ((Number) before[0]).longValue() >= version) {
            return;
        }
        Set<UUID> touched = new LinkedHashSet<>();
        if (before != null && !(Boolean) before[1]) {
            List<UUID> contacts = JsonText.uuids((String) before[2]);
            terms(SUBTRACT_TERMS, ownerId, contacts, TieStrength.mass(((Number) before[3]).doubleValue(),
                    SqlTimes.instant(before[4]), parameters.halfLife()));
            touched.addAll(contacts);
        }
        double share = now == null ? 0 : parameters.weight(now.channel()) / now.contactIds().size();
        entityManager.createNativeQuery(WRITE_FACT)
                .setParameter(1, ownerId)
                .setParameter(2, interactionId)
                .setParameter(3, version)
                .setParameter(4, now == null)
                .setParameter(5, now == null ? null : now.channel().name())
                .setParameter(6, now == null || now.initiatedBy() == null ? null : now.initiatedBy().name())
                .setParameter(7, now == null || now.exchange() == null ? null : now.exchange().name())
                .setParameter(8, now == null ? null : now.occurredAt())
                .setParameter(9, share)
                .setParameter(10, now == null ? null : now.contactIds().size())
                .executeUpdate();
        if (before != null) {
            entityManager.createNativeQuery(UNLINK).setParameter(1, ownerId).setParameter(2, interactionId).executeUpdate();
        }
        if (now != null) {
            entityManager.createNativeQuery(LINK).setParameter(1, ownerId).setParameter(2, interactionId)
                    .setParameter(3, now.occurredAt()).setParameter(4, SqlArrays.json(now.contactIds())).executeUpdate();
            terms(ADD_TERMS, ownerId, now.contactIds(), TieStrength.mass(share, now.occurredAt(), parameters.halfLife()));
            touched.addAll(now.contactIds());
        }
        upkeep.touch(ownerId, touched, now != null);
    }

    private void terms(String sql, String ownerId, List<UUID> contactIds, double mass) {
        entityManager.createNativeQuery(sql).setParameter(1, ownerId).setParameter(2, SqlArrays.json(contactIds))
                .setParameter(3, mass).executeUpdate();
    }

    private void commitment(IncomingEvent event) {
        CommitmentChanged commitment = event.dataAs(CommitmentChanged.class, json);
        IncomingEvent.require(commitment.commitmentId() != null && commitment.contactId() != null
                && commitment.direction() != null && commitment.dueOn() != null && commitment.status() != null
                && commitment.version() >= 1, "commitment id, contact, direction, due date, status and version are required");
        entityManager.createNativeQuery(COMMITMENT)
                .setParameter(1, event.ownerId())
                .setParameter(2, commitment.commitmentId())
                .setParameter(3, commitment.version())
                .setParameter(4, commitment.contactId())
                .setParameter(5, commitment.direction().name())
                .setParameter(6, commitment.dueOn())
                .setParameter(7, commitment.status().name())
                .executeUpdate();
    }
}
