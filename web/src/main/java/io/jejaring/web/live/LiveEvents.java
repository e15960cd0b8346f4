package io.jejaring.web.live;

import java.util.Map;
import java.util.Optional;

import io.jejaring.events.EventTypes;

/**
 * The server-sent event a page gets for an insight event: only its name, which says which section to refresh
 * (pages listen with {@code hx-trigger="sse:<name>"}). No data about anyone leaves the server this way.
 */
public final class LiveEvents {

    public static final String RELATIONSHIP_OVERDUE = "relationship-overdue";
    public static final String RELATIONSHIP_RESTORED = "relationship-restored";
    public static final String ONE_SIDED = "one-sided";
    public static final String REACH_CHANGED = "reach-changed";
    /** Sent now and then to keep the connection open through proxies, and to notice a page that went away. */
    public static final String PING = "ping";

    private static final Map<String, String> BY_TYPE = Map.of(
            EventTypes.RELATIONSHIP_OVERDUE, RELATIONSHIP_OVERDUE,
            EventTypes.RELATIONSHIP_RESTORED, RELATIONSHIP_RESTORED,
            EventTypes.ONE_SIDED, ONE_SIDED,
            EventTypes.REACH_CHANGED, REACH_CHANGED);

    private LiveEvents() {
    }

    /** The event name for a {@code ce_type}; empty for a type pages do not react to (or a newer one). */
    public static Optional<String> forType(String ceType) {
        return Optional.ofNullable(ceType == null ? null : BY_TYPE.get(ceType));
    }
}
