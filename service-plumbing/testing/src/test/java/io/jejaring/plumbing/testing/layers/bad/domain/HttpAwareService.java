package io.jejaring.plumbing.testing.layers.bad.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import io.jejaring.plumbing.testing.layers.bad.api.QueryingResource;

/** Breaks "domain knows neither the entry points nor HTTP", and closes a cycle with the store. */
@ApplicationScoped
public class HttpAwareService {

    QueryingResource resource;

    public void fail() {
        throw new NotFoundException();
    }
}
