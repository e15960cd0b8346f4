-- Indexes for the reads that used to walk a whole network (/reach, /suggestions): each now costs what the
-- active contacts, their edges or the top of a ranking cost, not what 100,000 contacts do.

-- The active contacts (an interaction within the active window) with what /reach tallies of them, so that the
-- tallies and the walk to their neighbours are index-only scans. Same key and predicate as before, more columns.
DROP INDEX relationship_last;
CREATE INDEX relationship_last ON relationship (owner_id, last_interaction_at)
    INCLUDE (version, contact_id, introduced_by, culture, age_band, communities) WHERE NOT deleted;

-- Second-degree reach: who an active contact introduced, and connections from their second end.
CREATE INDEX relationship_introduced ON relationship (owner_id, introduced_by)
    WHERE NOT deleted AND introduced_by IS NOT NULL;
CREATE INDEX connection_edge_b ON connection_edge (owner_id, contact_b) WHERE NOT removed;

-- Fading candidates: within one cadence, the highest overdue ratio is the earliest last contact.
CREATE INDEX relationship_fading ON relationship
    (owner_id, cadence_days, (coalesce(last_interaction_at, created_at)), contact_id)
    WHERE NOT deleted AND version > 0 AND keep_in_touch;

-- One owner's (interaction, contact) pairs in the reciprocity window, without touching other owners' rows.
CREATE INDEX interaction_contact_owner_time ON interaction_contact (owner_id, occurred_at)
    INCLUDE (interaction_id, contact_id);

-- /reach's two counts, live contacts and the overdue among them, in one index-only scan.
CREATE INDEX relationship_counted ON relationship (owner_id, due_at) INCLUDE (keep_in_touch)
    WHERE NOT deleted AND version > 0;
