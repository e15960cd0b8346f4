package io.jejaring.web.backend;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

/**
 * What one part of a page got from a service: its value, or the name of the part that did not answer, so the page
 * says what is missing and shows the rest. A service that answers 5xx, times out or refuses the connection is
 * unavailable; a 4xx is a mistake of ours and is not hidden.
 */
public record Fetched<T>(T value, String unavailablePart) {

    public static <T> Fetched<T> from(String part, Supplier<T> call) {
        try {
            return new Fetched<>(call.get(), null);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                return unavailable(part);
            }
            throw e;
        } catch (ProcessingException e) {
            return unavailable(part);
        }
    }

    public static <T> Fetched<T> unavailable(String part) {
        return new Fetched<>(null, part);
    }

    public boolean isAvailable() {
        return unavailablePart == null;
    }

    public <R> Fetched<R> map(Function<T, R> mapping) {
        return isAvailable() ? new Fetched<>(mapping.apply(value), null) : unavailable(unavailablePart);
    }
}
