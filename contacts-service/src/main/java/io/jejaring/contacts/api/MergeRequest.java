package io.jejaring.contacts.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** {@code POST /{id}/merge}: the duplicate to fold into {@code id}. */
public record MergeRequest(@NotNull UUID duplicateId) {
}
