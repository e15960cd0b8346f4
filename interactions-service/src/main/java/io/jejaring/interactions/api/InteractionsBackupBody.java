package io.jejaring.interactions.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.events.CommitmentStatus;
import io.jejaring.interactions.domain.BackupCommitment;
import io.jejaring.interactions.domain.BackupInteraction;
import io.jejaring.interactions.domain.CommitmentDraft;
import io.jejaring.interactions.domain.InteractionDraft;
import io.jejaring.plumbing.web.JsonItems;

/**
 * The body of {@code POST /import} as {@code application/json}: the JSON export as it was downloaded, plus
 * {@code contactIds}, the map contacts-service's restore answered (backup contact id to the id it has now). Each
 * item is read twice, as the draft the owner writes and as what it had besides (id, creation time, status).
 */
@Schema(description = "The body of `GET /export`, plus `contactIds`.")
public record InteractionsBackupBody(
        @Schema(description = "Backup contact id → the id it has now, as `POST /api/v1/contacts/import` answered.")
        Map<UUID, UUID> contactIds,
        @Schema(type = SchemaType.ARRAY, implementation = Map.class,
                description = "The exported interactions, each as `GET /export` gave it (see InteractionView).")
        List<JsonNode> interactions,
        @Schema(type = SchemaType.ARRAY, implementation = Map.class,
                description = "The exported commitments, each as `GET /export` gave it (see CommitmentView).")
        List<JsonNode> commitments) {

    /** What a backup's item had besides its draft; Jackson ignores the item's other fields here. */
    record Identity(UUID id, Instant createdAt, CommitmentStatus status) {
    }

    Map<UUID, UUID> contactMap() {
        return contactIds == null ? Map.of() : contactIds;
    }

    List<BackupInteraction> interactions(ObjectMapper mapper) {
        List<BackupInteraction> read = new ArrayList<>();
        for (int i = 0; interactions != null && i < interactions.size(); i++) {
            Identity identity = JsonItems.read(mapper, interactions.get(i), Identity.class, "interactions", i);
            InteractionDraft draft = JsonItems.read(mapper, interactions.get(i), InteractionDraft.class, "interactions", i);
            read.add(new BackupInteraction(identity.id(), identity.createdAt(), draft));
        }
        return read;
    }

    List<BackupCommitment> commitments(ObjectMapper mapper) {
        List<BackupCommitment> read = new ArrayList<>();
        for (int i = 0; commitments != null && i < commitments.size(); i++) {
            Identity identity = JsonItems.read(mapper, commitments.get(i), Identity.class, "commitments", i);
            CommitmentDraft draft = JsonItems.read(mapper, commitments.get(i), CommitmentDraft.class, "commitments", i);
            read.add(new BackupCommitment(identity.id(), identity.createdAt(), draft, identity.status()));
        }
        return read;
    }
}
