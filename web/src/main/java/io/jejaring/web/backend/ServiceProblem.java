package io.jejaring.web.backend;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What went wrong when a form's change was sent to a service, to show next to the form: the service's own words
 * (the problem+json {@code detail}) for a 4xx, or that the service is unavailable for a 5xx or no answer.
 */
public record ServiceProblem(int status, String detail, boolean unavailable) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ServiceProblem of(RuntimeException failure) {
        if (failure instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            return new ServiceProblem(e.getResponse().getStatus(), detail(e), false);
        }
        if (failure instanceof WebApplicationException || failure instanceof ProcessingException) {
            return new ServiceProblem(503, null, true);
        }
        throw failure;
    }

    private static String detail(WebApplicationException e) {
        try {
            JsonNode problem = JSON.readTree(e.getResponse().readEntity(String.class));
            JsonNode detail = problem.path("detail").isMissingNode() ? problem.path("title") : problem.path("detail");
            return detail.isTextual() ? detail.asText() : null;
        } catch (RuntimeException | java.io.IOException unreadable) {
            return null;
        }
    }
}
