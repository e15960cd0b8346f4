package io.jejaring.interactions.domain;

import java.util.Map;
import java.util.UUID;

/** What a restore wrote: how many interactions and commitments, and the id each backup item has now. */
public record InteractionsRestored(int interactions, int commitments, Map<UUID, UUID> interactionIds,
        Map<UUID, UUID> commitmentIds) {
}
