package io.jejaring.benchmarks.writes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import io.jejaring.benchmarks.common.Owner;
import io.jejaring.benchmarks.common.ServiceApi;
import io.jejaring.benchmarks.common.ServiceSchema;
import io.jejaring.events.Sincerity;

/**
 * The raw baseline for one endpoint: plain JDBC doing, per request, the SQL that the endpoint does for the entity
 * and its event, in one transaction: the entity row, the owner's next event sequence (the outbox's upsert, which
 * locks the owner's row until commit), and the outbox row with a payload shaped like the real event. Its tables
 * are the service's own, made by the service's migrations ({@link ServiceSchema}), in a schema named after the
 * endpoint, in a database of their own on the same PostgreSQL server.
 */
final class RawJdbcWrites {

    static final String DATABASE = "bench_raw";

    /** What the body sets; the columns it leaves empty take the values the service writes for them. */
    private static final String INSERT_CONTACT = """
            INSERT INTO contact (id, owner_id, display_name, emails, phones, social_profiles, communities, tags, tier,
                keep_in_touch, sincerity, search_text, version, created_at, updated_at)
            VALUES (?, ?, ?, ?::jsonb, '[]', '[]', ?, ?, ?, true, ?, ?, ?, ?, ?)""";
    private static final String INSERT_INTERACTION = """
            INSERT INTO interaction (id, owner_id, contact_ids, channel, social_network, initiated_by, exchange,
                occurred_at, duration_minutes, summary, notes, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String NEXT_SEQUENCE = """
            INSERT INTO outbox_sequence (owner_id, last_sequence) VALUES (?, 1)
            ON CONFLICT (owner_id) DO UPDATE SET last_sequence = outbox_sequence.last_sequence + 1
            RETURNING last_sequence""";
    private static final String INSERT_OUTBOX = """
            INSERT INTO outbox (id, owner_id, sequence, topic, type, subject, payload, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Endpoint endpoint;
    private final String url;
    private final String user;
    private final String password;

    private RawJdbcWrites(Endpoint endpoint, String url, String user, String password) {
        this.endpoint = endpoint;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Creates the endpoint's service's tables, empty, in their schema of the baseline's database next to
     * {@code serviceJdbcUrl}'s (same server), making that database first if it is not there yet. The migrations
     * are read from the repository at {@code repositoryRoot}.
     */
    static RawJdbcWrites create(Endpoint endpoint, Path repositoryRoot, String serviceJdbcUrl, String user,
            String password) throws SQLException {
        String url = serviceJdbcUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + DATABASE);
        try (Connection connection = DriverManager.getConnection(serviceJdbcUrl, user, password);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery(); Statement statement = connection.createStatement()) {
                if (!rows.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + endpoint.label() + " CASCADE");
        }
        ServiceSchema.migrate(repositoryRoot, endpoint.service(), url, user, password, endpoint.label());
        return new RawJdbcWrites(endpoint, url, user, password);
    }

    /** Each worker has a connection of its own, with its statements prepared once, as a pool would keep them. */
    ClosedLoop.WorkerFactory workers(List<Owner> owners) {
        return index -> new Worker(DriverManager.getConnection(url, user, password), owners,
                new SplittableRandom(index * 7919L + 1));
    }

    /** The contact.created payload, as the service's ContactSnapshot of a {@link NewContact} serializes. */
    static String contactPayload(UUID id, String ownerId, Instant createdAt) {
        return "{\"contactId\":\"" + id + "\",\"ownerId\":\"" + ownerId + "\",\"version\":1,\"tier\":\""
                + NewContact.TIER + "\",\"cadenceDays\":" + NewContact.TIER.defaultCadenceDays()
                + ",\"keepInTouch\":true,\"communities\":[\"" + NewContact.COMMUNITY + "\"],\"culture\":null,"
                + "\"ageBand\":null,\"introducedBy\":null,\"sincerity\":\"" + Sincerity.UNSURE + "\",\"createdAt\":\""
                + createdAt + "\"}";
    }

    /** The interaction.logged payload, as the service's InteractionSnapshot serializes. */
    static String interactionPayload(UUID id, String ownerId, UUID contact, Instant occurredAt) {
        return "{\"interactionId\":\"" + id + "\",\"ownerId\":\"" + ownerId + "\",\"version\":1,\"contactIds\":[\""
                + contact + "\"],\"channel\":\"PHONE\",\"initiatedBy\":\"ME\",\"exchange\":\"GAVE\",\"occurredAt\":\""
                + occurredAt + "\"}";
    }

    /** The size of a typical event payload of the endpoint, in bytes. */
    static int payloadBytes(Endpoint endpoint) {
        String payload = switch (endpoint) {
            case CONTACTS -> contactPayload(UUID.randomUUID(), "bench-owner-01", now());
            case INTERACTIONS -> interactionPayload(UUID.randomUUID(), "bench-owner-01", UUID.randomUUID(),
                    ServiceApi.anHourAgo());
        };
        return payload.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private final class Worker implements ClosedLoop.Worker {

        private final Connection connection;
        private final List<Owner> owners;
        private final SplittableRandom random;
        private final PreparedStatement entity;
        private final PreparedStatement sequence;
        private final PreparedStatement outbox;

        Worker(Connection connection, List<Owner> owners, SplittableRandom random) throws SQLException {
            this.connection = connection;
            this.owners = owners;
            this.random = random;
            connection.setSchema(endpoint.label());
            connection.setAutoCommit(false);
            entity = connection.prepareStatement(switch (endpoint) {
                case CONTACTS -> INSERT_CONTACT;
                case INTERACTIONS -> INSERT_INTERACTION;
            });
            sequence = connection.prepareStatement(NEXT_SEQUENCE);
            outbox = connection.prepareStatement(INSERT_OUTBOX);
        }

        /** One request's transaction: the entity, the owner's next sequence, the outbox row. */
        @Override
        public void call() throws SQLException {
            Owner.Pick pick = Owner.pick(owners, random);
            String ownerId = pick.owner().id();
            UUID id = UUID.randomUUID();
            Instant now = now();
            try {
                String payload = switch (endpoint) {
                    case CONTACTS -> insertContact(id, ownerId, NewContact.random(random), now);
                    case INTERACTIONS -> insertInteraction(id, ownerId, pick.contact(), now);
                };

                sequence.setString(1, ownerId);
                long next;
                try (ResultSet rows = sequence.executeQuery()) {
                    rows.next();
                    next = rows.getLong(1);
                }

                outbox.setObject(1, UUID.randomUUID());
                outbox.setString(2, ownerId);
                outbox.setLong(3, next);
                outbox.setString(4, endpoint.topic());
                outbox.setString(5, endpoint.eventType());
                outbox.setString(6, id.toString());
                outbox.setString(7, payload);
                outbox.setObject(8, now.atOffset(ZoneOffset.UTC));
                outbox.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }

        /** Inserts the contact; answers its event's payload. */
        private String insertContact(UUID id, String ownerId, NewContact contact, Instant now) throws SQLException {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            entity.setObject(1, id);
            entity.setString(2, ownerId);
            entity.setString(3, contact.displayName());
            entity.setString(4, contact.emailsJson());
            entity.setArray(5, connection.createArrayOf("varchar", new String[] {NewContact.COMMUNITY}));
            entity.setArray(6, connection.createArrayOf("varchar", new String[] {NewContact.TAG}));
            entity.setString(7, NewContact.TIER.name());
            entity.setString(8, Sincerity.UNSURE.name());
            entity.setString(9, contact.searchText());
            entity.setLong(10, 1);
            entity.setObject(11, at);
            entity.setObject(12, at);
            entity.executeUpdate();
            return contactPayload(id, ownerId, now);
        }

        /** Inserts the interaction (a phone call I made with the contact, in which I gave, an hour ago). */
        private String insertInteraction(UUID id, String ownerId, UUID contact, Instant now) throws SQLException {
            Instant occurredAt = ServiceApi.anHourAgo();
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            entity.setObject(1, id);
            entity.setString(2, ownerId);
            entity.setArray(3, connection.createArrayOf("uuid", new UUID[] {contact}));
            entity.setString(4, "PHONE");
            entity.setNull(5, Types.VARCHAR);
            entity.setString(6, "ME");
            entity.setString(7, "GAVE");
            entity.setObject(8, occurredAt.atOffset(ZoneOffset.UTC));
            entity.setNull(9, Types.INTEGER);
            entity.setString(10, "bench");
            entity.setNull(11, Types.VARCHAR);
            entity.setLong(12, 1);
            entity.setObject(13, at);
            entity.setObject(14, at);
            entity.executeUpdate();
            return interactionPayload(id, ownerId, contact, occurredAt);
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
