package io.jejaring.plumbing.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Which of some ids are taken, whoever owns them: held by a row of the aggregate's table (ids are its primary key),
 * or retired (the service's {@code retired_id} table, filled by a trigger on delete), since consumers keep a
 * tombstone under a retired id that a restored version 1 would never outrank. A restore keeps only the other ids.
 * The only query that looks past the owner, and it answers ids only.
 */
public final class TakenIds {

    /** Below PostgreSQL's limit of bind parameters per statement, with room to spare. */
    private static final int CHUNK = 1000;

    private TakenIds() {
    }

    @SuppressWarnings("unchecked")
    public static Set<UUID> among(Class<? extends OwnedAggregate> entity, String table, Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        Set<UUID> taken = new HashSet<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            taken.addAll(Panache.getEntityManager(entity)
                    .createNativeQuery("SELECT id FROM " + table + " WHERE id IN (:ids)"
                            + " UNION SELECT id FROM retired_id WHERE id IN (:ids)", UUID.class)
                    .setParameter("ids", all.subList(start, Math.min(start + CHUNK, all.size())))
                    .getResultList());
        }
        return taken;
    }
}
