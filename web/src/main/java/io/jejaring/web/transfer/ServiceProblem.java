package io.jejaring.web.transfer;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The {@code detail} of a service's problem+json answer, to show beside the form that caused it. */
final class ServiceProblem {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String title, String detail) {
    }

    private ServiceProblem() {
    }

    /** The detail, else the title, else the bare status: never an exception of its own. */
    static String detail(WebApplicationException e) {
        try {
            Problem problem = e.getResponse().readEntity(Problem.class);
            if (problem != null && problem.detail() != null && !problem.detail().isBlank()) {
                return problem.detail();
            }
            if (problem != null && problem.title() != null && !problem.title().isBlank()) {
                return problem.title();
            }
        } catch (RuntimeException unreadable) {
            // not problem+json: the status says enough
        }
        return "HTTP " + e.getResponse().getStatus();
    }
}
