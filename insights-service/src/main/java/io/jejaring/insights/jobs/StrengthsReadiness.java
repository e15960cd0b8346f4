package io.jejaring.insights.jobs;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.jejaring.insights.domain.StrengthRecompute;
import io.jejaring.insights.formula.DecayParameters;
import io.jejaring.insights.formula.Parameters;
import io.jejaring.plumbing.consume.RetryBackoff;
import io.quarkus.runtime.StartupEvent;

/**
 * On start, brings the stored strengths up to date with the configured decay parameters ({@link StrengthRecompute}),
 * in the background: the service starts and consumes at once, but is not ready until every strength it would
 * serve is right. A recompute takes as long as the owners' histories, so blocking start-up on it would let a
 * liveness probe kill the service mid-way, again and again. A failed pass (the database away, a deadlock) is
 * retried with backoff; it is idempotent.
 */
@Readiness
@ApplicationScoped
public class StrengthsReadiness implements HealthCheck {

    static final String NAME = "tie-strengths";
    private static final Logger LOG = Logger.getLogger(StrengthsReadiness.class);
    private static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    @Inject
    StrengthRecompute recompute;

    @Inject
    Parameters parameters;

    /** The pass in progress or done; not started counts as not up to date. */
    private volatile CompletableFuture<Void> pass = new CompletableFuture<>();
    private Thread worker;

    void onStart(@Observes StartupEvent event) {
        start();
    }

    /** Starts a pass that makes the strengths match the configured parameters; done when they do. */
    public synchronized CompletableFuture<Void> start() {
        stop();
        CompletableFuture<Void> started = new CompletableFuture<>();
        pass = started;
        DecayParameters configured = DecayParameters.of(parameters);
        worker = new Thread(() -> untilCurrent(configured, started), "tie-strength-recompute");
        worker.setDaemon(true);
        worker.start();
        return started;
    }

    private void untilCurrent(DecayParameters configured, CompletableFuture<Void> done) {
        for (int attempt = 0; !Thread.currentThread().isInterrupted(); attempt++) {
            try {
                recompute.bringUpToDate(configured);
                done.complete(null);
                return;
            } catch (RuntimeException e) {
                Duration backoff = BACKOFF.delay(attempt, ThreadLocalRandom.current()::nextDouble);
                LOG.warnf("recomputing the tie strengths failed (%s); trying again in %d ms", e, backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Whether every stored strength was built with the configured parameters; scheduled jobs wait until then. */
    public boolean isCurrent() {
        return pass.isDone();
    }

    @Override
    public HealthCheckResponse call() {
        boolean current = isCurrent();
        return HealthCheckResponse.named(NAME).status(current)
                .withData("strengths", current ? "current" : "recomputing").build();
    }

    @PreDestroy
    synchronized void stop() {
        if (worker != null) {
            worker.interrupt();
        }
    }
}
