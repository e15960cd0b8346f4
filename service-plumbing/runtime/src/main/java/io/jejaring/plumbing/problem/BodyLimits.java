package io.jejaring.plumbing.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request body limits: 1 MiB, and on {@code /import} 10 MiB unless the service sets
 * {@code jejaring.import.max-bytes} (its {@code quarkus.http.limits.max-body-size} backstop must then lie above it).
 * Over them the answer is 413 with a problem,
 * however the body is sent. A declared {@code Content-Length} is checked here, before anything reads the body
 * (and before Vert.x's own backstop, a little above the largest limit, could answer with a bare page); a body
 * sent in chunks is counted as it is read, by {@link CountedBodies}.
 */
@ApplicationScoped
public class BodyLimits {

    static final long DEFAULT_LIMIT = 1L << 20;
    static final long IMPORT_LIMIT = 10L << 20;
    static final String IMPORT_LIMIT_KEY = "jejaring.import.max-bytes";

    @Inject
    ObjectMapper json;

    /** The limit for a request to {@code path}. */
    public static long limitFor(String path) {
        return path != null && path.endsWith("/import") ? importLimit() : DEFAULT_LIMIT;
    }

    static long importLimit() {
        return ConfigProvider.getConfig().getOptionalValue(IMPORT_LIMIT_KEY, String.class)
                .map(size -> new MemorySizeConverter().convert(size).asLongValue()).orElse(IMPORT_LIMIT);
    }

    static Problem tooLarge(long limit) {
        String size = limit >= 1L << 20 ? (limit >> 20) + " MiB" : (limit >> 10) + " KiB";
        return Problem.of(413, "payload-too-large", "the request body is over " + size);
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkDeclaredLength);
    }

    void checkDeclaredLength(RoutingContext routing) {
        String length = routing.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            routing.next();
            return;
        }
        long limit = limitFor(routing.normalizedPath());
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            answer(routing, Problem.of(400, "bad-content-length", "Content-Length is not a number"));
            return;
        }
        if (declared > limit) {
            answer(routing, tooLarge(limit));
            return;
        }
        routing.next();
    }

    /** Answers without reading the body; Vert.x discards what is left of it. */
    private void answer(RoutingContext routing, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        routing.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
