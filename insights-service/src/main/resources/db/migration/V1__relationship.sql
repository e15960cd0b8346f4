-- One row per (owner, contact): what the projection knows of that relationship.
-- A deleted contact stays as a tombstone (deleted = true) so a late event cannot bring it back.
CREATE TABLE relationship (
    owner_id            text        NOT NULL,
    contact_id          uuid        NOT NULL,
    version             bigint      NOT NULL,
    deleted             boolean     NOT NULL DEFAULT false,
    cadence_days        integer,
    keep_in_touch       boolean     NOT NULL DEFAULT true,
    created_at          timestamptz,
    last_interaction_at timestamptz,
    due_at              timestamptz,
    PRIMARY KEY (owner_id, contact_id)
);

-- /overdue walks (owner_id, due_at, contact_id) in order; only live, kept-in-touch relationships can be overdue.
CREATE INDEX relationship_due ON relationship (owner_id, due_at, contact_id) WHERE NOT deleted AND keep_in_touch;
