-- socialNetwork was free text; it now takes the shared vocabulary (io.jejaring.events.SocialNetwork), with OTHER
-- plus a label for the rest. Names the vocabulary knows, in any case or spacing, become its value (Twitter is X);
-- anything else becomes OTHER, keeping the text as the label.
ALTER TABLE interaction ADD COLUMN social_network_label varchar(200);

UPDATE interaction
SET social_network = CASE
        WHEN known.name = 'TWITTER' THEN 'X'
        WHEN known.name IN ('WHATSAPP', 'TELEGRAM', 'INSTAGRAM', 'TIKTOK', 'LINE', 'FACEBOOK', 'LINKEDIN', 'X',
                            'MASTODON', 'BLUESKY', 'GITHUB', 'PINTEREST', 'PATH', 'OTHER') THEN known.name
        ELSE 'OTHER' END,
    social_network_label = CASE
        WHEN known.name IN ('TWITTER', 'WHATSAPP', 'TELEGRAM', 'INSTAGRAM', 'TIKTOK', 'LINE', 'FACEBOOK', 'LINKEDIN',
                            'X', 'MASTODON', 'BLUESKY', 'GITHUB', 'PINTEREST', 'PATH') THEN NULL
        ELSE btrim(interaction.social_network) END
FROM (SELECT id, upper(regexp_replace(social_network, '[^A-Za-z]', '', 'g')) AS name
      FROM interaction WHERE social_network IS NOT NULL) AS known
WHERE interaction.id = known.id;
