package io.jejaring.plumbing.testing.layers.good.store;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
public class GoodEntity extends PanacheEntity {
}
