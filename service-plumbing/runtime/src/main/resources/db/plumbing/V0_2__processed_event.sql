-- Ids of the events a consumer has applied, recorded in the same transaction as their effect.
CREATE TABLE processed_event (
    event_id     uuid        PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);
