package io.jejaring.plumbing.testing.layers.bad.api;

import jakarta.persistence.EntityManager;

import io.jejaring.plumbing.testing.layers.bad.store.BadEntity;

/** Breaks "resources hold no queries" twice. */
public class QueryingResource {

    EntityManager entityManager;

    public long count() {
        return BadEntity.count() + entityManager.createQuery("select 1").getResultList().size();
    }
}
