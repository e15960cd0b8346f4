package io.jejaring.contacts.domain;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;

/**
 * Every field of a contact that its owner writes: the body of POST and PUT, what PATCH produces, and what an
 * import or a merge yields. Null means "not given": {@code tier} then defaults to ACQUAINTANCE, {@code sincerity}
 * to UNSURE and {@code keepInTouch} to true. Read-only fields (id, version, timestamps, ageBand) are not here,
 * so a client that sends them is ignored.
 */
public record ContactDraft(
        @NotBlank @Size(max = 200) String displayName,
        @Size(max = 200) String givenName,
        @Size(max = 200) String familyName,
        @Size(max = 200) String organization,
        @Size(max = 200) String title,
        @Size(max = 50) List<@Valid EmailAddress> emails,
        @Size(max = 50) List<@Valid PhoneNumber> phones,
        @Size(max = 50) List<@Valid SocialProfile> socialProfiles,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> communities,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> tags,
        @Size(max = 200) String culture,
        @Min(1900) @Max(2100) Integer birthYear,
        @Size(max = 200) String location,
        @Size(max = 200) String howWeMet,
        UUID introducedBy,
        Tier tier,
        @Min(1) @Max(3650) Integer cadenceDays,
        Boolean keepInTouch,
        Sincerity sincerity,
        Consent consent,
        @Size(max = 10_000) String notes) {

    /** A draft with just a name, for imports and tests. */
    public static ContactDraft named(String displayName) {
        return new ContactDraft(displayName, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null, null, null, null, null, null, null);
    }
}
