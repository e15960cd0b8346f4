-- Search that ignores accents and case, without a database extension: contacts-service folds the text in Java
-- (SearchFolding) and stores every prefix of every word, so `q` is an index lookup (`search_prefixes @> terms`).
-- The community and tag filters compare folded copies of the labels.
-- Null means "not derived yet": SQL can't fold accents without `unaccent`, so the service fills in the rows
-- written before this migration when it starts (SearchIndexBackfill), and every write keeps them current after.
ALTER TABLE contact
    ADD COLUMN search_prefixes varchar[],
    ADD COLUMN community_keys  varchar[],
    ADD COLUMN tag_keys        varchar[];

CREATE INDEX contact_search_prefixes ON contact USING gin (search_prefixes);
CREATE INDEX contact_community_keys ON contact USING gin (community_keys);
CREATE INDEX contact_tag_keys ON contact USING gin (tag_keys);
-- the unfolded labels are no longer searched
DROP INDEX contact_communities;
DROP INDEX contact_tags;
-- the backfill finds what is left to derive without reading the whole table
CREATE INDEX contact_unindexed ON contact (id) WHERE search_prefixes IS NULL;
