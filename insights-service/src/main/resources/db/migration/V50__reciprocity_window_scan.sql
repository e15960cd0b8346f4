-- Time alone moves the reciprocity window: an interaction that leaves it can turn a relationship one-sided (or
-- back). The scan walks interaction_contact by occurred_at up to the window's start and re-evaluates the
-- relationships it passes; this one row says how far it got. It starts before everything, so the first scan
-- also settles flags that went stale before the scan existed.
CREATE TABLE reciprocity_window_scan (
    singleton boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    passed_at timestamptz NOT NULL
);
INSERT INTO reciprocity_window_scan (passed_at) VALUES ('-infinity');

CREATE INDEX interaction_contact_time ON interaction_contact (occurred_at, owner_id, contact_id);
