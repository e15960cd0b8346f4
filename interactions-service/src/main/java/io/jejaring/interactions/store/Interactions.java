package io.jejaring.interactions.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jejaring.plumbing.persistence.TakenIds;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Every query of the {@code interaction} table, each one within a single owner's rows. */
@ApplicationScoped
public class Interactions implements PanacheRepositoryBase<Interaction, UUID> {

    private static final String OWNED = OwnerFilter.rowsOf("Interaction");

    public Optional<Interaction> findOwned(String ownerId, UUID id) {
        return withId(ownerId, id).firstResultOptional();
    }

    public Optional<Interaction> findOwnedForUpdate(String ownerId, UUID id) {
        return withId(ownerId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The owner's interactions that name none of the owner's live contacts, locked for an update. */
    public List<Interaction> withNoLiveContactForUpdate(String ownerId) {
        return find(OWNED + " and not exists (" + KnownContact.LIVE + " and array_contains(o.contactIds, k.key.contactId))"
                + " order by o.id", OwnerFilter.owner(ownerId)).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The owner's interactions that include the contact, locked for an update. */
    public List<Interaction> withContactForUpdate(String ownerId, UUID contactId) {
        return find(OWNED + " and array_contains(o.contactIds, :contact) order by o.id",
                OwnerFilter.owner(ownerId).and("contact", contactId)).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Up to {@code rows} of the owner's interactions that the search selects, newest first. */
    public List<Interaction> page(String ownerId, InteractionSearch search, int rows) {
        StringBuilder where = new StringBuilder(OWNED);
        Parameters parameters = OwnerFilter.owner(ownerId);
        if (search.contactId() != null) {
            where.append(" and array_contains(o.contactIds, :contact)");
            parameters.and("contact", search.contactId());
        }
        if (search.from() != null) {
            where.append(" and o.occurredAt >= :from");
            parameters.and("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and o.occurredAt < :to");
            parameters.and("to", search.to());
        }
        if (search.channel() != null) {
            where.append(" and o.channel = :channel");
            parameters.and("channel", search.channel());
        }
        if (search.beforeId() != null) {
            where.append(" and (o.occurredAt < :beforeTime or (o.occurredAt = :beforeTime and o.id < :beforeId))");
            parameters.and("beforeTime", search.beforeTime()).and("beforeId", search.beforeId());
        }
        return find(where + " order by o.occurredAt desc, o.id desc", parameters).page(0, rows).list();
    }

    /** Which of these ids are taken (a row has it, whichever owner's, or had it): a restore keeps only free ids. */
    public Set<UUID> takenIds(Collection<UUID> ids) {
        return TakenIds.among(Interaction.class, "interaction", ids);
    }

    private PanacheQuery<Interaction> withId(String ownerId, UUID id) {
        return find(OWNED + " and o.id = :id", OwnerFilter.owner(ownerId).and("id", id));
    }
}
