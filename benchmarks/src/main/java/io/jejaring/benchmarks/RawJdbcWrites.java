package io.jejaring.benchmarks;

import java.sql.Array;
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
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import io.jejaring.events.EventTypes;
import io.jejaring.events.Topics;

/**
 * The raw baseline: plain JDBC doing, per request, the SQL that {@code POST /api/v1/interactions} does for the
 * interaction and its event, in one transaction: the interaction row, the owner's next event sequence (the
 * outbox's upsert, which locks the owner's row until commit), and the outbox row with a payload shaped like
 * the real {@code interaction.logged} event. Its tables copy interactions-service's {@code interaction} and
 * the plumbing's {@code outbox} and {@code outbox_sequence}, indexes included, in a database of their own on the
 * same PostgreSQL server.
 */
final class RawJdbcWrites {

    static final String DATABASE = "bench_raw";

    private static final List<String> SCHEMA = List.of("""
            CREATE TABLE bench_interaction (
                id               uuid PRIMARY KEY,
                owner_id         text          NOT NULL,
                contact_ids      uuid[]        NOT NULL,
                channel          text          NOT NULL,
                social_network   varchar(200),
                initiated_by     text          NOT NULL,
                exchange         text          NOT NULL,
                occurred_at      timestamptz   NOT NULL,
                duration_minutes integer,
                summary          varchar(200),
                notes            varchar(10000),
                version          bigint        NOT NULL,
                created_at       timestamptz   NOT NULL,
                updated_at       timestamptz   NOT NULL
            )""",
            "CREATE INDEX bench_interaction_owner_time ON bench_interaction (owner_id, occurred_at DESC, id DESC)",
            "CREATE INDEX bench_interaction_contacts ON bench_interaction USING gin (contact_ids)",
            """
            CREATE TABLE bench_outbox (
                id          uuid PRIMARY KEY,
                position    bigint GENERATED ALWAYS AS IDENTITY,
                owner_id    text        NOT NULL,
                sequence    bigint      NOT NULL,
                topic       text        NOT NULL,
                type        text        NOT NULL,
                subject     text        NOT NULL,
                payload     text        NOT NULL,
                created_at  timestamptz NOT NULL,
                sent_at     timestamptz,
                CONSTRAINT bench_outbox_owner_sequence UNIQUE (owner_id, sequence)
            )""",
            "CREATE INDEX bench_outbox_unsent ON bench_outbox (position) WHERE sent_at IS NULL",
            """
            CREATE TABLE bench_outbox_sequence (
                owner_id      text   PRIMARY KEY,
                last_sequence bigint NOT NULL
            )""");

    private static final String INSERT_INTERACTION = """
            INSERT INTO bench_interaction (id, owner_id, contact_ids, channel, social_network, initiated_by, exchange,
                occurred_at, duration_minutes, summary, notes, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String NEXT_SEQUENCE = """
            INSERT INTO bench_outbox_sequence (owner_id, last_sequence) VALUES (?, 1)
            ON CONFLICT (owner_id) DO UPDATE SET last_sequence = bench_outbox_sequence.last_sequence + 1
            RETURNING last_sequence""";
    private static final String INSERT_OUTBOX = """
            INSERT INTO bench_outbox (id, owner_id, sequence, topic, type, subject, payload, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final String url;
    private final String user;
    private final String password;

    private RawJdbcWrites(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Creates the baseline's database next to {@code serviceJdbcUrl}'s (same server), with its tables, empty.
     */
    static RawJdbcWrites create(String serviceJdbcUrl, String user, String password) throws SQLException {
        String url = serviceJdbcUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + DATABASE);
        try (Connection connection = DriverManager.getConnection(serviceJdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        }
        return new RawJdbcWrites(url, user, password);
    }

    /** Each worker has a connection of its own, with its statements prepared once, as a pool would keep them. */
    ClosedLoop.WorkerFactory workers(List<Owner> owners) {
        return index -> new Worker(DriverManager.getConnection(url, user, password), owners,
                new SplittableRandom(index * 7919L + 1));
    }

    /** The interaction.logged payload, as the service's InteractionSnapshot serializes. */
    static String payload(UUID id, String ownerId, UUID contact, Instant occurredAt) {
        return "{\"interactionId\":\"" + id + "\",\"ownerId\":\"" + ownerId + "\",\"version\":1,\"contactIds\":[\""
                + contact + "\"],\"channel\":\"PHONE\",\"initiatedBy\":\"ME\",\"exchange\":\"GAVE\",\"occurredAt\":\""
                + occurredAt + "\"}";
    }

    private static final class Worker implements ClosedLoop.Worker {

        private final Connection connection;
        private final List<Owner> owners;
        private final SplittableRandom random;
        private final PreparedStatement interaction;
        private final PreparedStatement sequence;
        private final PreparedStatement outbox;

        Worker(Connection connection, List<Owner> owners, SplittableRandom random) throws SQLException {
            this.connection = connection;
            this.owners = owners;
            this.random = random;
            connection.setAutoCommit(false);
            interaction = connection.prepareStatement(INSERT_INTERACTION);
            sequence = connection.prepareStatement(NEXT_SEQUENCE);
            outbox = connection.prepareStatement(INSERT_OUTBOX);
        }

        @Override
        public void call() throws SQLException {
            Owner.Pick pick = Owner.pick(owners, random);
            String ownerId = pick.owner().id();
            UUID id = UUID.randomUUID();
            Instant occurredAt = ApiWrites.anHourAgo();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try {
                Array contactIds = connection.createArrayOf("uuid", new UUID[] {pick.contact()});
                interaction.setObject(1, id);
                interaction.setString(2, ownerId);
                interaction.setArray(3, contactIds);
                interaction.setString(4, "PHONE");
                interaction.setNull(5, Types.VARCHAR);
                interaction.setString(6, "ME");
                interaction.setString(7, "GAVE");
                interaction.setObject(8, occurredAt.atOffset(ZoneOffset.UTC));
                interaction.setNull(9, Types.INTEGER);
                interaction.setString(10, "bench");
                interaction.setNull(11, Types.VARCHAR);
                interaction.setLong(12, 1);
                interaction.setObject(13, now);
                interaction.setObject(14, now);
                interaction.executeUpdate();

                sequence.setString(1, ownerId);
                long next;
                try (ResultSet rows = sequence.executeQuery()) {
                    rows.next();
                    next = rows.getLong(1);
                }

                outbox.setObject(1, UUID.randomUUID());
                outbox.setString(2, ownerId);
                outbox.setLong(3, next);
                outbox.setString(4, Topics.INTERACTIONS);
                outbox.setString(5, EventTypes.INTERACTION_LOGGED);
                outbox.setString(6, id.toString());
                outbox.setString(7, payload(id, ownerId, pick.contact(), occurredAt));
                outbox.setObject(8, now);
                outbox.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
