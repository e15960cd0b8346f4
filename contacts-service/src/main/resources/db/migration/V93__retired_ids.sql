-- The ids of contacts that are gone (deleted, merged away, erased). Every consumer keeps a tombstone under such an
-- id, which a restored contact at version 1 could never outrank; so a restore counts these ids as taken and gives
-- the contact a new one. Bare ids: no owner, nothing personal.
CREATE TABLE retired_id (
    id uuid PRIMARY KEY
);

CREATE FUNCTION retire_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO retired_id (id) VALUES (OLD.id) ON CONFLICT DO NOTHING;
    RETURN OLD;
END
$$;

CREATE TRIGGER contact_retired AFTER DELETE ON contact FOR EACH ROW EXECUTE FUNCTION retire_id();
