-- The contacts each live interaction names, one row per (contact, interaction), replacing the contact_ids array.
-- One contact's interactions are then an index range, so the per-event upkeep (the latest interaction, the
-- reciprocity counts) costs the same in a network of 100 contacts as in one of 100,000; the GIN index on the
-- array left the planner preferring a scan of all the owner's interactions.
CREATE TABLE interaction_contact (
    owner_id       text        NOT NULL,
    contact_id     uuid        NOT NULL,
    interaction_id uuid        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    PRIMARY KEY (owner_id, contact_id, interaction_id)
);
CREATE INDEX interaction_contact_interaction ON interaction_contact (owner_id, interaction_id);

INSERT INTO interaction_contact (owner_id, contact_id, interaction_id, occurred_at)
SELECT DISTINCT f.owner_id, c.contact_id, f.interaction_id, f.occurred_at
FROM interaction_fact f CROSS JOIN LATERAL unnest(f.contact_ids) AS c(contact_id)
WHERE NOT f.deleted AND f.occurred_at IS NOT NULL;

ALTER TABLE interaction_fact DROP COLUMN contact_ids;
