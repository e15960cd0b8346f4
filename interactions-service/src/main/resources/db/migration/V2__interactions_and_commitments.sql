CREATE TABLE interaction (
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
);

-- Lists are newest first per owner: the keyset is (occurred_at, id), descending.
CREATE INDEX interaction_owner_time ON interaction (owner_id, occurred_at DESC, id DESC);
-- "Interactions with this contact", for the list filter and for following deletes and merges.
CREATE INDEX interaction_contacts ON interaction USING gin (contact_ids);

CREATE TABLE commitment (
    id             uuid PRIMARY KEY,
    owner_id       text         NOT NULL,
    contact_id     uuid         NOT NULL,
    interaction_id uuid         REFERENCES interaction (id) ON DELETE SET NULL,
    direction      text         NOT NULL,
    description    varchar(200) NOT NULL,
    due_on         date         NOT NULL,
    status         text         NOT NULL,
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL
);

CREATE INDEX commitment_owner_due ON commitment (owner_id, due_on, id);
CREATE INDEX commitment_contact ON commitment (owner_id, contact_id);
