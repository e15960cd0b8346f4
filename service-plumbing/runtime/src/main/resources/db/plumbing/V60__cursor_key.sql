-- The key paging cursors are sealed with (AES-256), made once by the first replica to start, so that every
-- replica opens every other's cursors and cursors outlive restarts. jejaring.cursor.key overrides it.
CREATE TABLE cursor_key (
    id  smallint PRIMARY KEY CHECK (id = 1),
    key bytea    NOT NULL CHECK (octet_length(key) = 32)
);
