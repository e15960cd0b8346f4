package io.jejaring.plumbing.erasure;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

/**
 * The erasure record a service keeps of an owner it has erased: the owner id, the time, and how far the owner's
 * outbox reached then. It names no contact and holds nothing else. The owner's outbox rows up to that point are
 * purged as soon as they are sent ({@link io.jejaring.plumbing.outbox.OutboxPurge}); the unsent ones, which are
 * the deletions themselves, are published first, so every consumer still learns of the erasure.
 */
@ApplicationScoped
public class ErasedOwners {

    private static final String RECORD = """
            INSERT INTO owner_erasure (owner_id, erased_at, outbox_until)
            VALUES (?1, ?2, (SELECT max(position) FROM outbox WHERE owner_id = ?1))
            ON CONFLICT (owner_id) DO UPDATE SET erased_at = EXCLUDED.erased_at,
                outbox_until = greatest(owner_erasure.outbox_until, EXCLUDED.outbox_until)""";

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Records (or, for an owner erased again, renews) the erasure, in the transaction that erased the owner. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String ownerId) {
        entityManager.createNativeQuery(RECORD)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, ownerId)
                .setParameter(2, Instant.now(clock))
                .executeUpdate();
    }
}
