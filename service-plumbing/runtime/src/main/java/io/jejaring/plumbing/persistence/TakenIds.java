package io.jejaring.plumbing.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Which of some ids an aggregate's table already holds, whoever owns them: ids are the table's primary key, so a
 * restore can keep an id only when no row has it. The only query that looks past the owner, and it answers ids only.
 */
public final class TakenIds {

    /** Below PostgreSQL's limit of bind parameters per statement, with room to spare. */
    private static final int CHUNK = 1000;

    private TakenIds() {
    }

    public static Set<UUID> among(Class<? extends OwnedAggregate> entity, Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        Set<UUID> taken = new HashSet<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            taken.addAll(Panache.getEntityManager(entity)
                    .createQuery("select e.id from " + entity.getSimpleName() + " e where e.id in :ids", UUID.class)
                    .setParameter("ids", all.subList(start, Math.min(start + CHUNK, all.size())))
                    .getResultList());
        }
        return taken;
    }
}
