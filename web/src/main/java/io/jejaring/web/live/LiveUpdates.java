package io.jejaring.web.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The one broadcaster between the insight events and the open pages: each page follows its owner's events, and an
 * event goes only to the pages of the owner it is keyed by. A page that goes away (disconnect, sign-out) leaves,
 * and an owner with no open page leaves no entry behind.
 */
@ApplicationScoped
public class LiveUpdates {

    private final Map<String, Set<MultiEmitter<? super String>>> followers = new ConcurrentHashMap<>();

    /**
     * The event names for this owner from now on, until the subscriber cancels. A page that cannot keep up
     * overflows its buffer and is dropped: its browser reconnects and refreshes.
     */
    public Multi<String> follow(String owner) {
        return Multi.createFrom().<String> emitter(emitter -> {
            followers.compute(owner, (key, pages) -> {
                Set<MultiEmitter<? super String>> set = pages == null ? ConcurrentHashMap.newKeySet() : pages;
                set.add(emitter);
                return set;
            });
            emitter.onTermination(() -> leave(owner, emitter));
        }, BackPressureStrategy.BUFFER);
    }

    public void publish(String owner, String event) {
        Set<MultiEmitter<? super String>> pages = followers.get(owner);
        if (pages != null) {
            pages.forEach(page -> page.emit(event));
        }
    }

    /** How many pages follow this owner now. */
    public int followers(String owner) {
        Set<MultiEmitter<? super String>> pages = followers.get(owner);
        return pages == null ? 0 : pages.size();
    }

    private void leave(String owner, MultiEmitter<? super String> emitter) {
        followers.computeIfPresent(owner, (key, pages) -> {
            pages.remove(emitter);
            return pages.isEmpty() ? null : pages;
        });
    }
}
