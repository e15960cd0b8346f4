-- Capture (calendar and mail exports): which source items an owner already has, so a re-import creates nothing.
-- source_key is the SHA-256 (hex) of the item's key (iCalendar UID + occurrence start, or Message-ID): the key
-- itself, which may name people, is not kept. interaction_id is null once the interaction is gone (deleted by the
-- owner, or with its last contact): the item stays imported and is not brought back.
CREATE TABLE capture_source (
    owner_id       text        NOT NULL,
    source_key     char(64)    NOT NULL,
    interaction_id uuid        REFERENCES interaction (id) ON DELETE SET NULL,
    sequence       integer     NOT NULL,
    captured_at    timestamptz NOT NULL,
    PRIMARY KEY (owner_id, source_key)
);

CREATE INDEX capture_source_interaction ON capture_source (interaction_id);

-- One import at a time per owner: a row while it runs. A row older than an hour is from a process that died.
CREATE TABLE capture_run (
    owner_id   text PRIMARY KEY,
    started_at timestamptz NOT NULL
);
