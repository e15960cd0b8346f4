package io.jejaring.insights.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.Readiness;

import io.jejaring.insights.domain.OverdueScan;
import io.jejaring.insights.domain.ReachSnapshots;
import io.jejaring.insights.domain.Rebuild;
import io.quarkus.scheduler.Scheduled;

/**
 * The service's scheduled jobs: time makes relationships overdue (and moves the reciprocity window), and each
 * owner gets one reach snapshot a day. Both read layers and strengths, so neither runs on a half-built projection.
 */
@ApplicationScoped
public class ProjectionJobs {

    @Inject
    OverdueScan overdue;

    @Inject
    ReachSnapshots snapshots;

    @Inject
    Rebuild rebuild;

    @Inject
    @Readiness
    StrengthsReadiness strengths;

    @Scheduled(every = "${jejaring.overdue-scan.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scanOverdue() {
        if (projectionComplete()) {
            overdue.scan();
        }
    }

    @Scheduled(every = "${jejaring.reach-snapshot.every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void snapshotReach() {
        if (projectionComplete()) {
            snapshots.snapshotAll();
        }
    }

    /** Not while a rebuild replays, nor while a recompute has the strengths half done. */
    private boolean projectionComplete() {
        return !rebuild.isReplaying() && strengths.isCurrent();
    }
}
