package io.jejaring.plumbing.testing.layers.bad.consume;

import io.quarkus.scheduler.Scheduled;

/** Breaks "scheduled triggers live in jobs". */
public class ScheduledListener {

    @Scheduled(every = "1m")
    void tick() {
    }
}
