package io.jejaring.plumbing.testing.layers.good.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.jejaring.plumbing.testing.layers.good.domain.GoodService;

@Path("/good")
public class GoodResource {

    GoodService service = new GoodService();

    @GET
    public long count() {
        return service.count();
    }
}
