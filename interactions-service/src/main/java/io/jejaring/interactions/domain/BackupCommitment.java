package io.jejaring.interactions.domain;

import java.time.Instant;
import java.util.UUID;

import io.jejaring.events.CommitmentStatus;

/** One commitment of a JSON backup: its fields, the status it had reached, and its id and creation time. */
public record BackupCommitment(UUID id, Instant createdAt, CommitmentDraft draft, CommitmentStatus status) {
}
