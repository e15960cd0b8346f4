package io.jejaring.interactions.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.events.Channel;
import io.jejaring.events.Exchange;
import io.jejaring.events.Initiator;
import io.jejaring.events.SocialNetwork;

/**
 * The fields of an interaction that the owner writes: the body of POST and PUT, and what PATCH produces.
 * {@code initiatedBy} defaults to ME and {@code exchange} to SOCIAL (no help either way); both are told from the
 * owner's side.
 */
@Schema(description = "The fields of an interaction that the owner writes. Other fields, such as `id` or `version`, are"
        + " ignored.")
public record InteractionDraft(
        @Schema(description = "The owner's contacts it was with, each once.") @NotNull @Size(min = 1, max = 50) List<@NotNull UUID> contactIds,
        @NotNull Channel channel,
        @Schema(description = "Required for the SOCIAL channel, and only for it. " + SocialNetwork.DESCRIPTION
                + " OTHER needs a socialNetworkLabel.", nullable = true) SocialNetwork socialNetwork,
        @Schema(description = "The network's name when socialNetwork is OTHER (and only then), e.g. \"Discord\".",
                maxLength = 200, nullable = true) @Size(max = 200) String socialNetworkLabel,
        @Schema(description = "Who reached out: ME (the default) or THEM.", nullable = true) Initiator initiatedBy,
        @Schema(description = Exchange.OWNER_SIDE + " Defaults to SOCIAL.", nullable = true) Exchange exchange,
        @Schema(description = "When it happened: an ISO-8601 instant, at most 5 minutes in the future.") @NotNull Instant occurredAt,
        @Schema(description = "How long it took, in minutes (up to a week).", nullable = true) @Min(0) @Max(10_080) Integer durationMinutes,
        @Schema(description = "A short summary; it never leaves this service.", nullable = true) @Size(max = 200) String summary,
        @Schema(description = "Private notes; they never leave this service.", nullable = true) @Size(max = 10_000) String notes) {

    public static Builder builder() {
        return new Builder();
    }

    /** Names each field, so that no caller counts ten positional arguments. */
    public static final class Builder {
        private List<UUID> contactIds;
        private Channel channel;
        private SocialNetwork socialNetwork;
        private String socialNetworkLabel;
        private Initiator initiatedBy;
        private Exchange exchange;
        private Instant occurredAt;
        private Integer durationMinutes;
        private String summary;
        private String notes;

        private Builder() {
        }

        public Builder contactIds(List<UUID> contactIds) {
            this.contactIds = contactIds;
            return this;
        }

        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        public Builder socialNetwork(SocialNetwork socialNetwork) {
            this.socialNetwork = socialNetwork;
            return this;
        }

        public Builder socialNetworkLabel(String socialNetworkLabel) {
            this.socialNetworkLabel = socialNetworkLabel;
            return this;
        }

        public Builder initiatedBy(Initiator initiatedBy) {
            this.initiatedBy = initiatedBy;
            return this;
        }

        public Builder exchange(Exchange exchange) {
            this.exchange = exchange;
            return this;
        }

        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder durationMinutes(Integer durationMinutes) {
            this.durationMinutes = durationMinutes;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public InteractionDraft build() {
            return new InteractionDraft(contactIds, channel, socialNetwork, socialNetworkLabel, initiatedBy, exchange, occurredAt,
                    durationMinutes, summary, notes);
        }
    }
}
