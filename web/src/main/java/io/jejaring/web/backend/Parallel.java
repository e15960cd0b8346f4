package io.jejaring.web.backend;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Calls of one page to the services made side by side rather than one after another, so a page waits for its
 * slowest call, not for the sum of them. Each runs in this request's context: the signed-in owner, whose token
 * {@link BearerToken} sends.
 */
@ApplicationScoped
public class Parallel {

    @Inject
    ManagedExecutor executor;

    /** Starts the call now; the answer waits for it, and throws what {@link Fetched#from} would have thrown. */
    public <T> Supplier<Fetched<T>> start(String part, Supplier<T> call) {
        CompletableFuture<Fetched<T>> future = executor.supplyAsync(() -> Fetched.from(part, call));
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        };
    }
}
