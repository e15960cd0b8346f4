package io.jejaring.web.people;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A service's problem+json answer to a form post: what went wrong, and for validation, which fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(int status, String detail, List<FieldError> errors) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    /** The problem a service answered with; a body that is not a problem keeps at least the status. */
    public static Problem of(WebApplicationException e, ObjectMapper json) {
        int status = e.getResponse().getStatus();
        try {
            Problem problem = json.readValue(e.getResponse().readEntity(String.class), Problem.class);
            return new Problem(status, problem.detail(), problem.errors() == null ? List.of() : problem.errors());
        } catch (RuntimeException | java.io.IOException unreadable) {
            return new Problem(status, null, List.of());
        }
    }
}
