package io.jejaring.contacts.imports;

import java.util.Optional;

import io.jejaring.contacts.domain.ContactDraft;

/** Maps a row of one known CSV export format to a draft; empty when the row has no name. */
interface CsvRowMapper {

    Optional<ContactDraft> map(CsvRow row);
}
