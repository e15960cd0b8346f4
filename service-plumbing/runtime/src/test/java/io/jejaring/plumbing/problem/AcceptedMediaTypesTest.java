package io.jejaring.plumbing.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

class AcceptedMediaTypesTest {

    @Path("/api/v1/things")
    @Consumes("application/json")
    static class Things {
        @POST
        public void create() {
        }

        @POST
        @Path("/import")
        @Consumes({"text/vcard", "text/x-vcard"})
        public void importCards() {
        }

        @POST
        @Path("import")
        @Consumes("text/csv, application/csv")
        public void importCsv() {
        }

        @PATCH
        @Path("/{id}")
        @Consumes({"application/merge-patch+json", "application/json"})
        public void patch() {
        }

        @GET
        @Path("/{id: [0-9]+}/parts/{part}")
        public void part() {
        }
    }

    /** What CDI makes of a resource class: a subclass without the annotations. */
    static class ThingsSubclass extends Things {
    }

    static class NotAResource {
        @POST
        public void create() {
        }
    }

    private final AcceptedMediaTypes accepted = AcceptedMediaTypes.of(List.of(ThingsSubclass.class, NotAResource.class));

    @Test
    void methodsOnOnePathTogetherNameEveryTypeTheyConsume() {
        assertThat(accepted.forRequest("POST", "/api/v1/things/import"))
                .containsExactlyInAnyOrder("text/vcard", "text/x-vcard", "text/csv", "application/csv");
    }

    @Test
    void aMethodWithoutConsumesTakesItsClasss() {
        assertThat(accepted.forRequest("POST", "/api/v1/things")).containsExactly("application/json");
        assertThat(accepted.forRequest("POST", "/api/v1/things/")).containsExactly("application/json");
    }

    @Test
    void pathVariablesMatchOneSegmentOrTheirRegex() {
        assertThat(accepted.forRequest("PATCH", "/api/v1/things/42"))
                .containsExactly("application/merge-patch+json", "application/json");
        assertThat(accepted.forRequest("PATCH", "/api/v1/things/42/more")).isEmpty();
        assertThat(accepted.forRequest("GET", "/api/v1/things/42/parts/a")).containsExactly("application/json");
        assertThat(accepted.forRequest("GET", "/api/v1/things/x/parts/a")).isEmpty();
        assertThat(accepted.forRequest("DELETE", "/api/v1/things/42")).isEmpty();
    }

    @Test
    void theHintReadsAsASentence() {
        assertThat(AcceptedMediaTypes.sendHint(List.of("application/json"))).isEqualTo("send application/json");
        assertThat(AcceptedMediaTypes.sendHint(List.of("text/vcard", "text/csv"))).isEqualTo("send text/vcard or text/csv");
        assertThat(AcceptedMediaTypes.sendHint(List.of("a/b", "c/d", "e/f"))).isEqualTo("send a/b, c/d or e/f");
    }
}
