-- The transactional outbox: events written in the same transaction as the state they describe.
CREATE TABLE outbox (
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
    CONSTRAINT outbox_owner_sequence UNIQUE (owner_id, sequence)
);

-- The relay reads only what is still unsent, oldest first.
CREATE INDEX outbox_unsent ON outbox (position) WHERE sent_at IS NULL;

-- The last ce_sequence given to each owner: gap-free, since it is taken in the writing transaction.
CREATE TABLE outbox_sequence (
    owner_id      text   PRIMARY KEY,
    last_sequence bigint NOT NULL
);
