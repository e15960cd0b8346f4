-- POST /contacts/lookup answers a batch of email addresses with one query of index lookups. Each contact keeps the
-- keys of its addresses (trimmed, lower case: EmailKeys in the service, which derives them on every write) in
-- email_keys, and a trigger mirrors them, one row per key, into contact_email_key. The lookup probes its index once
-- per key, and the first entry under a key is the contact created first. (An array index alone is not enough: for a
-- thousand keys the planner expects to match much of the table and reads all of it.) Deleting a contact deletes
-- its keys.
ALTER TABLE contact ADD COLUMN email_keys varchar[] NOT NULL DEFAULT '{}';

CREATE TABLE contact_email_key (
    contact_id         uuid        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    email_key          text        NOT NULL,
    owner_id           text        NOT NULL,
    contact_created_at timestamptz NOT NULL,
    PRIMARY KEY (contact_id, email_key)
);
CREATE INDEX contact_email_key_lookup ON contact_email_key (owner_id, email_key, contact_created_at, contact_id);

CREATE FUNCTION mirror_email_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM contact_email_key WHERE contact_id = NEW.id;
    INSERT INTO contact_email_key (owner_id, email_key, contact_id, contact_created_at)
    SELECT DISTINCT NEW.owner_id, email_key, NEW.id, NEW.created_at FROM unnest(NEW.email_keys) AS keys(email_key);
    RETURN NULL;
END
$$;

CREATE TRIGGER contact_email_keys_inserted AFTER INSERT ON contact
    FOR EACH ROW WHEN (cardinality(NEW.email_keys) > 0) EXECUTE FUNCTION mirror_email_keys();
CREATE TRIGGER contact_email_keys_updated AFTER UPDATE OF email_keys ON contact
    FOR EACH ROW WHEN (OLD.email_keys IS DISTINCT FROM NEW.email_keys) EXECUTE FUNCTION mirror_email_keys();

-- The contacts stored before: their keys, which the trigger mirrors.
UPDATE contact
SET email_keys = ARRAY(
    SELECT DISTINCT lower(btrim(email ->> 'address', E' \t\n\r\f\x0B\x1C\x1D\x1E\x1F'))
    FROM jsonb_array_elements(emails) AS addresses(email)
    WHERE email ->> 'address' IS NOT NULL)
WHERE emails <> '[]';

-- lower() folds only ASCII under some database locales, where the service folds every letter: contacts with a
-- non-ASCII address are derived again by the service when it starts (SearchIndexBackfill takes the rows without
-- search prefixes), so that their keys are the service's own.
UPDATE contact
SET search_prefixes = NULL
WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(emails) AS addresses(email)
              WHERE octet_length(email ->> 'address') <> char_length(email ->> 'address'));

-- The owner's own name and addresses (GET/PUT /owner/profile): a lookup answers "me" for these. Erased with the
-- owner; never in an event.
CREATE TABLE owner_profile (
    owner_id     text PRIMARY KEY,
    display_name varchar(200),
    emails       varchar(254)[] NOT NULL DEFAULT '{}',
    updated_at   timestamptz    NOT NULL
);
