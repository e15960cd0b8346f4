package io.jejaring.plumbing.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 413 with a problem for bodies over 1 MiB (10 MiB on {@code /import}). Vert.x's own limit sits a little
 * above the largest, and would answer with a bare page.
 */
public class BodyLimits {

    static final long DEFAULT_LIMIT = 1L << 20;
    static final long IMPORT_LIMIT = 10L << 20;

    @ServerRequestFilter(preMatching = true)
    public Response checkLength(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long limit = request.getUriInfo().getPath().endsWith("/import") ? IMPORT_LIMIT : DEFAULT_LIMIT;
        try {
            if (Long.parseLong(length.trim()) <= limit) {
                return null;
            }
        } catch (NumberFormatException e) {
            return Problem.of(400, "bad-content-length", "Content-Length is not a number").toResponse();
        }
        return Problem.of(413, "payload-too-large", "the request body is over " + (limit >> 20) + " MiB").toResponse();
    }
}
