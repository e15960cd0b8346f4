CREATE TABLE contact (
    id            uuid PRIMARY KEY,
    owner_id      text         NOT NULL,
    display_name  varchar(200) NOT NULL,
    tier          text         NOT NULL,
    cadence_days  integer,
    version       bigint       NOT NULL,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL
);

-- Every query is scoped to one owner; the keyset list walks (owner_id, id).
CREATE INDEX contact_owner ON contact (owner_id, id);
