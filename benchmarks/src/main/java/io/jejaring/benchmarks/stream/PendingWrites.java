package io.jejaring.benchmarks.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The writes the end-to-end watcher has not yet seen applied, oldest due first. Each keeps its owner, so the watcher
 * can look every write up by its full primary key {@code (owner_id, interaction_id)}: one index probe per write,
 * where matching any owner against any id probes every owner for every id.
 */
final class PendingWrites {

    /** A write the load generator had answered: whose, which interaction, and when it was due (nanoTime). */
    record Write(String ownerId, UUID interactionId, long due) {
    }

    /** Due time to write; due times are distinct, as each request has its own. */
    private final ConcurrentSkipListMap<Long, Write> byDue = new ConcurrentSkipListMap<>();

    void expect(String ownerId, UUID interactionId, long due) {
        byDue.put(due, new Write(ownerId, interactionId, due));
    }

    /** The oldest writes not yet seen, at most {@code limit}: the watcher's queries stay light under a backlog. */
    List<Write> oldest(int limit) {
        List<Write> oldest = new ArrayList<>(Math.min(limit, 64));
        for (Map.Entry<Long, Write> entry : byDue.entrySet()) {
            if (oldest.size() == limit) {
                break;
            }
            oldest.add(entry.getValue());
        }
        return oldest;
    }

    void seen(Write write) {
        byDue.remove(write.due());
    }

    boolean isEmpty() {
        return byDue.isEmpty();
    }

    int size() {
        return byDue.size();
    }
}
