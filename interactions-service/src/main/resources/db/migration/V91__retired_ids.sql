-- The ids of interactions and commitments that are gone (deleted, erased, gone with their last contact). Consumers
-- keep a tombstone under such an id, which a restored item at version 1 could never outrank; so a restore counts
-- these ids as taken and gives the item a new one. Bare ids: no owner, nothing personal.
CREATE TABLE retired_id (
    id uuid PRIMARY KEY
);

CREATE FUNCTION retire_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO retired_id (id) VALUES (OLD.id) ON CONFLICT DO NOTHING;
    RETURN OLD;
END
$$;

CREATE TRIGGER interaction_retired AFTER DELETE ON interaction FOR EACH ROW EXECUTE FUNCTION retire_id();
CREATE TRIGGER commitment_retired AFTER DELETE ON commitment FOR EACH ROW EXECUTE FUNCTION retire_id();
