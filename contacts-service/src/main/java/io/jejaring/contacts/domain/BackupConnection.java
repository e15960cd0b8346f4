package io.jejaring.contacts.domain;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import io.jejaring.events.ConnectionKind;

/** One connection of a JSON backup, by the ids its contacts have in the backup. */
public record BackupConnection(@NotNull UUID contactId, @NotNull UUID otherContactId, @NotNull ConnectionKind kind) {
}
