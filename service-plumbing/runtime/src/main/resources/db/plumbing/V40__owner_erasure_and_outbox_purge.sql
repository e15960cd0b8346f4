-- An owner's erasure, as each service records it once it has erased everything of that owner: who and when,
-- and nothing else. outbox_until is the owner's last outbox position at that moment, so that the events of the
-- erasure itself are still published and then purged at once (OutboxPurge); it is NULL once none is left.
CREATE TABLE owner_erasure (
    owner_id     text        PRIMARY KEY,
    erased_at    timestamptz NOT NULL,
    outbox_until bigint
);
CREATE INDEX owner_erasure_outbox ON owner_erasure (owner_id) WHERE outbox_until IS NOT NULL;

-- The purge of sent rows walks them oldest first; unsent rows (the relay's) are never in it.
CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
