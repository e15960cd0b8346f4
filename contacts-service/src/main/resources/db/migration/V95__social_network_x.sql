-- Twitter is X now: stored profiles say X, as the API reads them back (TWITTER stays accepted on input).
UPDATE contact
SET social_profiles = (
    SELECT jsonb_agg(CASE WHEN profile ->> 'network' = 'TWITTER'
                          THEN jsonb_set(profile, '{network}', '"X"') ELSE profile END ORDER BY position)
    FROM jsonb_array_elements(social_profiles) WITH ORDINALITY AS profiles(profile, position))
WHERE social_profiles @> '[{"network": "TWITTER"}]';
