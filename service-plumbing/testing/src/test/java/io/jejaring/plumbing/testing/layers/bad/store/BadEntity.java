package io.jejaring.plumbing.testing.layers.bad.store;

import jakarta.persistence.Entity;

import io.jejaring.plumbing.testing.layers.bad.domain.HttpAwareService;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Breaks "store does not call domain services". */
@Entity
public class BadEntity extends PanacheEntity {

    public void callUp(HttpAwareService service) {
        service.fail();
    }
}
