package io.jejaring.contacts.jobs;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.jejaring.contacts.domain.ContactService;
import io.quarkus.runtime.StartupEvent;

/**
 * On start, derives the search columns of contacts stored before they existed (migration V91), in batches and in
 * the background, so that a large table can't hold up start-up past a liveness probe. Until it is done, those
 * older contacts are missing from {@code q} and the label filters; each write derives its own contact's columns.
 * Idempotent, so several replicas may run it at once.
 */
@ApplicationScoped
public class SearchIndexBackfill {

    static final int BATCH = 500;
    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(SearchIndexBackfill.class);

    @Inject
    ContactService contacts;

    void onStart(@Observes StartupEvent event) {
        Thread worker = new Thread(this::untilDone, "search-index-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    /** Derives every missing search column; answers how many contacts it indexed. */
    public long run() {
        long indexed = 0;
        for (int batch; (batch = contacts.indexUnindexed(BATCH)) > 0; ) {
            indexed += batch;
        }
        return indexed;
    }

    private void untilDone() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long indexed = run();
                if (indexed > 0) {
                    LOG.infof("derived the search columns of %d contacts stored before them", indexed);
                }
                return;
            } catch (RuntimeException e) {
                LOG.warnf("deriving the search columns failed (%s); trying again in %d s", e, RETRY.toSeconds());
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
