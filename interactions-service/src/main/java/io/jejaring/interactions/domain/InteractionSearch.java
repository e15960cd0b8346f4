package io.jejaring.interactions.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.jejaring.events.Channel;
import io.quarkus.panache.common.Parameters;

/** One page of an owner's interactions, newest first, after a keyset, narrowed by contact, time and channel. */
public record InteractionSearch(UUID contactId, Instant from, Instant to, Channel channel, Instant beforeTime, UUID beforeId) {

    public List<Interaction> page(String ownerId, int rows) {
        StringBuilder where = new StringBuilder("ownerId = :owner");
        Parameters parameters = Parameters.with("owner", ownerId);
        if (contactId != null) {
            where.append(" and array_contains(contactIds, :contact)");
            parameters.and("contact", contactId);
        }
        if (from != null) {
            where.append(" and occurredAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            where.append(" and occurredAt < :to");
            parameters.and("to", to);
        }
        if (channel != null) {
            where.append(" and channel = :channel");
            parameters.and("channel", channel);
        }
        if (beforeId != null) {
            where.append(" and (occurredAt < :beforeTime or (occurredAt = :beforeTime and id < :beforeId))");
            parameters.and("beforeTime", beforeTime).and("beforeId", beforeId);
        }
        return Interaction.<Interaction>find(where + " order by occurredAt desc, id desc", parameters).page(0, rows).list();
    }
}
