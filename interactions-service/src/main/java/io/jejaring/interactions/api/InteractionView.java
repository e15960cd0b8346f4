package io.jejaring.interactions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.events.Channel;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.SocialNetwork;
import io.jejaring.interactions.store.Interaction;

/** An interaction as the API shows it. */
public record InteractionView(UUID id, List<UUID> contactIds, Channel channel,
        @Schema(description = SocialNetwork.DESCRIPTION) SocialNetwork socialNetwork, String socialNetworkLabel,
        Initiator initiatedBy, @Schema(description = Exchange.OWNER_SIDE) Exchange exchange, Instant occurredAt,
        Integer durationMinutes, String summary, String notes, long version, Instant createdAt, Instant updatedAt) {

    public static InteractionView of(Interaction interaction) {
        return new InteractionView(interaction.id, List.copyOf(interaction.contactIds), interaction.channel,
                interaction.socialNetwork, interaction.socialNetworkLabel, interaction.initiatedBy, interaction.exchange, interaction.occurredAt,
                interaction.durationMinutes, interaction.summary, interaction.notes, interaction.version,
                interaction.createdAt, interaction.updatedAt);
    }
}
