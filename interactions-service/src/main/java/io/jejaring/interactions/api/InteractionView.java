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
@Schema(description = "An interaction as the API shows it.", requiredProperties = {"id", "contactIds", "channel",
        "socialNetwork", "socialNetworkLabel", "initiatedBy", "exchange", "occurredAt", "durationMinutes", "summary",
        "notes", "version", "createdAt", "updatedAt"})
public record InteractionView(
        UUID id,
        @Schema(description = "The contacts it was with, in the order given.") List<UUID> contactIds,
        Channel channel,
        @Schema(description = "The social network, for the SOCIAL channel only. " + SocialNetwork.DESCRIPTION,
                nullable = true) SocialNetwork socialNetwork,
        @Schema(description = "The network's name when socialNetwork is OTHER.", nullable = true)
        String socialNetworkLabel,
        @Schema(description = "Who reached out: ME (the owner) or THEM.") Initiator initiatedBy,
        @Schema(description = Exchange.OWNER_SIDE) Exchange exchange,
        @Schema(description = "When it happened (UTC).") Instant occurredAt,
        @Schema(description = "How long it took, in minutes.", nullable = true) Integer durationMinutes,
        @Schema(description = "A short summary; it stays in this service.", nullable = true) String summary,
        @Schema(description = "Private notes; they stay in this service.", nullable = true) String notes,
        @Schema(description = "Goes up by one with each change; the ETag carries it.") long version,
        Instant createdAt,
        Instant updatedAt) {

    public static InteractionView of(Interaction interaction) {
        return new InteractionView(interaction.id, List.copyOf(interaction.contactIds), interaction.channel,
                interaction.socialNetwork, interaction.socialNetworkLabel, interaction.initiatedBy, interaction.exchange, interaction.occurredAt,
                interaction.durationMinutes, interaction.summary, interaction.notes, interaction.version,
                interaction.createdAt, interaction.updatedAt);
    }
}
