package io.jejaring.web.live;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.jejaring.web.session.CurrentUser;
import io.jejaring.web.session.Sessions;
import io.smallrye.mutiny.Multi;

/**
 * Server-sent events for the signed-in owner's open pages: the name of each insight that concerns them, so a page
 * refreshes that section. Ends when the session does (checked at every event and ping).
 */
@Path("/live")
public class LiveResource {

    @Inject
    LiveUpdates updates;

    @Inject
    CurrentUser user;

    @Inject
    Sessions sessions;

    @ConfigProperty(name = "jejaring.web.live.ping", defaultValue = "25s")
    Duration ping;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> live(@Context Sse sse) {
        String session = user.sessionId();
        // The first ping at once: the browser sees the stream open without waiting for an event.
        Multi<String> pings = Multi.createBy().concatenating().streams(Multi.createFrom().item(LiveEvents.PING),
                Multi.createFrom().ticks().every(ping).map(tick -> LiveEvents.PING));
        return Multi.createBy().merging().streams(updates.follow(user.owner()), pings)
                .select().first(event -> sessions.find(session).isPresent())
                .map(event -> sse.newEventBuilder().name(event).data(event).build());
    }
}
