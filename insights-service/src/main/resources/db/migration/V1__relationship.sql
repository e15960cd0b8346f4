-- One row per (owner, contact): what the projection knows of that relationship.
-- A deleted or merged-away contact stays as a tombstone (deleted = true, ids and version only) so that a late
-- event cannot bring it back. A contact named by an interaction before its own event arrives gets a
-- placeholder (version 0) that the contact event later fills in.
CREATE TABLE relationship (
    owner_id            text             NOT NULL,
    contact_id          uuid             NOT NULL,
    version             bigint           NOT NULL,
    deleted             boolean          NOT NULL DEFAULT false,
    cadence_days        integer,
    keep_in_touch       boolean          NOT NULL DEFAULT true,
    communities         varchar(200)[]   NOT NULL DEFAULT '{}',
    culture             varchar(200),
    age_band            varchar(8),
    introduced_by       uuid,
    created_at          timestamptz,
    last_interaction_at timestamptz,
    -- last (or created_at) + cadence, and the point where FADING starts (75% of the cadence)
    due_at              timestamptz,
    fading_at           timestamptz,
    -- tie strength, kept exactly: S(t) = strength_mass * 2^(-(t - 2020-01-01) / half-life)
    strength_mass       double precision NOT NULL DEFAULT 0,
    strength_terms      integer          NOT NULL DEFAULT 0,
    -- the due date an overdue event was published for; null once restored
    notified_due_at     timestamptz,
    one_sided           boolean          NOT NULL DEFAULT false,
    PRIMARY KEY (owner_id, contact_id)
);

-- /overdue walks (owner_id, due_at, contact_id) in order; only live, kept-in-touch relationships can be overdue.
CREATE INDEX relationship_due ON relationship (owner_id, due_at, contact_id) WHERE NOT deleted AND keep_in_touch;
-- The overdue scan, across owners: what is due and not yet announced.
CREATE INDEX relationship_unannounced ON relationship (due_at)
    WHERE NOT deleted AND keep_in_touch AND notified_due_at IS DISTINCT FROM due_at;
-- Layers rank by strength, then the latest interaction, then the contact id.
CREATE INDEX relationship_strength ON relationship
    (owner_id, strength_mass DESC, last_interaction_at DESC NULLS LAST, contact_id) WHERE NOT deleted;
CREATE INDEX relationship_last ON relationship (owner_id, last_interaction_at) WHERE NOT deleted;

-- What each interaction last applied, so that an edit or a delete subtracts exactly what it added.
CREATE TABLE interaction_fact (
    owner_id       text             NOT NULL,
    interaction_id uuid             NOT NULL,
    version        bigint           NOT NULL,
    deleted        boolean          NOT NULL DEFAULT false,
    contact_ids    uuid[]           NOT NULL DEFAULT '{}',
    channel        varchar(16),
    initiated_by   varchar(8),
    exchange       varchar(16),
    occurred_at    timestamptz,
    -- w(channel) / n at the time it was applied: each contact's share of the term
    weight_share   double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (owner_id, interaction_id)
);
CREATE INDEX interaction_fact_contacts ON interaction_fact USING gin (contact_ids) WHERE NOT deleted;
CREATE INDEX interaction_fact_time ON interaction_fact (owner_id, occurred_at) WHERE NOT deleted;

CREATE TABLE commitment_fact (
    owner_id      text        NOT NULL,
    commitment_id uuid        NOT NULL,
    version       bigint      NOT NULL,
    contact_id    uuid        NOT NULL,
    direction     varchar(16) NOT NULL,
    due_on        date        NOT NULL,
    status        varchar(16) NOT NULL,
    PRIMARY KEY (owner_id, commitment_id)
);
CREATE INDEX commitment_fact_contact ON commitment_fact (owner_id, contact_id);

-- Connections, undirected (contact_a < contact_b); a removed one is kept so its version keeps counting.
CREATE TABLE connection_edge (
    owner_id  text    NOT NULL,
    contact_a uuid    NOT NULL,
    contact_b uuid    NOT NULL,
    version   bigint  NOT NULL,
    removed   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (owner_id, contact_a, contact_b)
);

-- One row per owner per day: the reach figures, for /reach/history and reach-changed events.
CREATE TABLE reach_snapshot (
    owner_id text  NOT NULL,
    day      date  NOT NULL,
    figures  jsonb NOT NULL,
    PRIMARY KEY (owner_id, day)
);
