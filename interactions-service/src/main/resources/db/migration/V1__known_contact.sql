-- The contacts each owner has, as the contact events tell them. A deleted or merged-away contact stays as a
-- tombstone (deleted = true) so that a late event cannot bring it back.
CREATE TABLE known_contact (
    owner_id   text    NOT NULL,
    contact_id uuid    NOT NULL,
    version    bigint  NOT NULL,
    deleted    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (owner_id, contact_id)
);
