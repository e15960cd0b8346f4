package io.jejaring.plumbing.testing.layers.good.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.jejaring.plumbing.testing.layers.good.store.GoodEntity;

@ApplicationScoped
public class GoodService {

    public long count() {
        return GoodEntity.count();
    }
}
