package io.jejaring.contacts.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.jejaring.events.Tier;

/** What a client sends to create a contact. Read-only fields (id, version, timestamps) are ignored if sent. */
public record ContactRequest(
        @NotBlank @Size(max = 200) String displayName,
        Tier tier,
        @Min(1) @Max(3650) Integer cadenceDays) {
}
