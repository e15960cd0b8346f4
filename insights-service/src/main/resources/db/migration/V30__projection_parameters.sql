-- The decay parameters the stored strengths were built with: strength_mass depends on the half-life, and
-- weight_share on the channel weights. A start with other parameters recomputes both from the interaction facts
-- (StrengthRecompute), then records the new ones here. One row at most.
CREATE TABLE projection_parameters (
    id              boolean     PRIMARY KEY DEFAULT true CHECK (id),
    -- ISO-8601, as java.time.Duration prints it
    half_life       text        NOT NULL,
    -- channel name -> weight
    channel_weights jsonb       NOT NULL,
    recorded_at     timestamptz NOT NULL
);
-- No row yet: the strengths' parameters are unknown, so the first start recomputes them with its own.

-- How many contacts the interaction named, so that weight_share (w / n) can be recomputed for other channel
-- weights. Null for facts written before this column; the recompute derives it once, then keeps it.
ALTER TABLE interaction_fact ADD COLUMN contact_count integer;
