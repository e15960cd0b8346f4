CREATE TABLE contact (
    id                uuid PRIMARY KEY,
    owner_id          text          NOT NULL,
    display_name      varchar(200)  NOT NULL,
    given_name        varchar(200),
    family_name       varchar(200),
    organization      varchar(200),
    title             varchar(200),
    emails            jsonb         NOT NULL DEFAULT '[]',
    phones            jsonb         NOT NULL DEFAULT '[]',
    social_profiles   jsonb         NOT NULL DEFAULT '[]',
    communities       varchar(200)[] NOT NULL DEFAULT '{}',
    tags              varchar(200)[] NOT NULL DEFAULT '{}',
    culture           varchar(200),
    birth_year        integer,
    location          varchar(200),
    how_we_met        varchar(200),
    introduced_by     uuid,
    tier              text          NOT NULL,
    cadence_days      integer,
    keep_in_touch     boolean       NOT NULL DEFAULT true,
    sincerity         text          NOT NULL,
    consent_shareable boolean,
    consent_source    text,
    notes             varchar(10000),
    -- lower-cased names, organization and email addresses, for the `q` search
    search_text       text          NOT NULL,
    version           bigint        NOT NULL,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL
);

-- Lists walk (owner_id, display_name, id) in order: the keyset.
CREATE INDEX contact_owner_name ON contact (owner_id, display_name, id);
CREATE INDEX contact_communities ON contact USING gin (communities);
CREATE INDEX contact_tags ON contact USING gin (tags);

-- Connections are undirected: each is stored once, with contact_a < contact_b. A removed connection stays
-- (removed = true) so that its version keeps counting adds and removes.
CREATE TABLE connection (
    owner_id   text        NOT NULL,
    contact_a  uuid        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    contact_b  uuid        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    kind       text        NOT NULL,
    removed    boolean     NOT NULL DEFAULT false,
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (contact_a, contact_b),
    CHECK (contact_a < contact_b)
);
CREATE INDEX connection_b ON connection (contact_b);
