package io.jejaring.plumbing.time;

import java.time.ZoneOffset;
import java.util.TimeZone;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Pins the JVM's default time zone to UTC as a service starts, whatever the host's zone. Jejaring keeps time in UTC
 * (DESIGN, "Time"); whatever still reads the default zone (the PostgreSQL driver names it to each new session, log
 * stamps) then reads UTC on every host. The database sessions are pinned on their own too, by
 * {@code quarkus.datasource.jdbc.new-connection-sql}, since the pool's first connections open before this runs.
 */
@ApplicationScoped
public class UtcDefaultZone {

    private static final Logger LOG = Logger.getLogger(UtcDefaultZone.class);

    void pin(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        TimeZone host = TimeZone.getDefault();
        if (!host.toZoneId().normalized().equals(ZoneOffset.UTC)) {
            TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
            LOG.infof("the JVM started in time zone %s; its default is now UTC", host.getID());
        }
    }
}
