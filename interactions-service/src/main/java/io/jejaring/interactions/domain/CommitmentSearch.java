package io.jejaring.interactions.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.jejaring.events.CommitmentStatus;
import io.quarkus.panache.common.Parameters;

/** One page of an owner's commitments, soonest due first, after a keyset, narrowed by status and contact. */
public record CommitmentSearch(CommitmentStatus status, UUID contactId, LocalDate afterDueOn, UUID afterId) {

    public List<Commitment> page(String ownerId, int rows) {
        StringBuilder where = new StringBuilder("ownerId = :owner");
        Parameters parameters = Parameters.with("owner", ownerId);
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (contactId != null) {
            where.append(" and contactId = :contact");
            parameters.and("contact", contactId);
        }
        if (afterId != null) {
            where.append(" and (dueOn > :afterDue or (dueOn = :afterDue and id > :afterId))");
            parameters.and("afterDue", afterDueOn).and("afterId", afterId);
        }
        return Commitment.<Commitment>find(where + " order by dueOn, id", parameters).page(0, rows).list();
    }
}
