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

/** Every query of the {@code commitment} table, each one within a single owner's rows. */
@ApplicationScoped
public class Commitments implements PanacheRepositoryBase<Commitment, UUID> {

    private static final String OWNED = OwnerFilter.rowsOf("Commitment");
    private static final String WITH_CONTACT = OWNED + " and o.contactId = :contact";

    public Optional<Commitment> findOwned(String ownerId, UUID id) {
        return withId(ownerId, id).firstResultOptional();
    }

    public Optional<Commitment> findOwnedForUpdate(String ownerId, UUID id) {
        return withId(ownerId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The owner's commitments to a contact that is not one of the owner's live contacts. */
    public List<Commitment> withNoLiveContact(String ownerId) {
        return list(OWNED + " and not exists (" + KnownContact.LIVE + " and k.key.contactId = o.contactId)",
                OwnerFilter.owner(ownerId));
    }

    public List<Commitment> withContactForUpdate(String ownerId, UUID contactId) {
        return find(WITH_CONTACT + " order by o.id", OwnerFilter.owner(ownerId).and("contact", contactId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public void deleteWithContact(String ownerId, UUID contactId) {
        delete("delete " + WITH_CONTACT, OwnerFilter.owner(ownerId).and("contact", contactId));
    }

    /** Up to {@code rows} of the owner's commitments that the search selects, soonest due first. */
    public List<Commitment> page(String ownerId, CommitmentSearch search, int rows) {
        StringBuilder where = new StringBuilder(OWNED);
        Parameters parameters = OwnerFilter.owner(ownerId);
        if (search.status() != null) {
            where.append(" and o.status = :status");
            parameters.and("status", search.status());
        }
        if (search.contactId() != null) {
            where.append(" and o.contactId = :contact");
            parameters.and("contact", search.contactId());
        }
        if (search.afterId() != null) {
            where.append(" and (o.dueOn > :afterDue or (o.dueOn = :afterDue and o.id > :afterId))");
            parameters.and("afterDue", search.afterDueOn()).and("afterId", search.afterId());
        }
        return find(where + " order by o.dueOn, o.id", parameters).page(0, rows).list();
    }

    /** Which of these ids are taken (a row has it, whichever owner's, or had it): a restore keeps only free ids. */
    public Set<UUID> takenIds(Collection<UUID> ids) {
        return TakenIds.among(Commitment.class, "commitment", ids);
    }

    private PanacheQuery<Commitment> withId(String ownerId, UUID id) {
        return find(OWNED + " and o.id = :id", OwnerFilter.owner(ownerId).and("id", id));
    }
}
