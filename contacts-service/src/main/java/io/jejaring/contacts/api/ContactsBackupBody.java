package io.jejaring.contacts.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.contacts.domain.BackupConnection;
import io.jejaring.contacts.domain.BackupContact;
import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.domain.Profile;
import io.jejaring.plumbing.web.JsonItems;

/**
 * The body of {@code POST /import} as {@code application/json}: the JSON export, as it was downloaded. Each contact
 * is read twice from its item, as the draft the owner writes and as the id and creation time it had; the fields the
 * server derives (ageBand, effectiveCadenceDays, version, updatedAt) are ignored. The owner's profile comes along,
 * when the backup has one.
 */
public record ContactsBackupBody(@NotNull List<JsonNode> contacts, List<JsonNode> connections, @Valid Profile profile) {

    /** The id and creation time of a backup's contact; Jackson ignores the item's other fields here. */
    record Identity(UUID id, Instant createdAt) {
    }

    List<BackupContact> contacts(ObjectMapper mapper) {
        List<BackupContact> read = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Identity identity = JsonItems.read(mapper, contacts.get(i), Identity.class, "contacts", i);
            ContactDraft draft = JsonItems.read(mapper, contacts.get(i), ContactDraft.class, "contacts", i);
            read.add(new BackupContact(identity.id(), identity.createdAt(), draft));
        }
        return read;
    }

    List<BackupConnection> connections(ObjectMapper mapper) {
        List<BackupConnection> read = new ArrayList<>();
        for (int i = 0; connections != null && i < connections.size(); i++) {
            read.add(JsonItems.read(mapper, connections.get(i), BackupConnection.class, "connections", i));
        }
        return read;
    }
}
