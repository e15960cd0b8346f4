package io.jejaring.contacts.domain;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.contacts.store.EmailAddress;
import io.jejaring.contacts.store.PhoneNumber;
import io.jejaring.contacts.store.SocialProfile;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;

/**
 * Every field of a contact that its owner writes: the body of POST and PUT, what PATCH produces, and what an
 * import or a merge yields. Null means "not given": {@code tier} then defaults to ACQUAINTANCE, {@code sincerity}
 * to UNSURE and {@code keepInTouch} to true. Read-only fields (id, version, timestamps, ageBand) are not here,
 * so a client that sends them is ignored.
 */
@Schema(name = "ContactDraft", description = "Every field of a contact its owner writes. Read-only fields (id, version,"
        + " timestamps, ageBand) and unknown fields are ignored.")
public record ContactDraft(
        @Schema(description = "The name shown for the contact (required).")
        @NotBlank @Size(max = 200) String displayName,
        @Schema(description = "Given (first) name.", nullable = true)
        @Size(max = 200) String givenName,
        @Schema(description = "Family (last) name.", nullable = true)
        @Size(max = 200) String familyName,
        @Schema(description = "Where they work.", nullable = true)
        @Size(max = 200) String organization,
        @Schema(description = "Their job title.", nullable = true)
        @Size(max = 200) String title,
        @Schema(description = "Email addresses, with the owner's labels.", nullable = true)
        @Size(max = 50) List<@Valid EmailAddress> emails,
        @Schema(description = "Phone numbers, with the owner's labels.", nullable = true)
        @Size(max = 50) List<@Valid PhoneNumber> phones,
        @Schema(description = "Profiles on social networks.", nullable = true)
        @Size(max = 50) List<@Valid SocialProfile> socialProfiles,
        @Schema(description = "Communities the owner places them in.", nullable = true)
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> communities,
        @Schema(description = "The owner's tags.", nullable = true)
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> tags,
        @Schema(description = "The owner's coarse label for their culture.", nullable = true)
        @Size(max = 200) String culture,
        @Schema(description = "Year of birth; only its age band leaves this service.", nullable = true)
        @Min(1900) @Max(2100) Integer birthYear,
        @Schema(description = "Where they live or work.", nullable = true)
        @Size(max = 200) String location,
        @Schema(description = "How the owner met them.", nullable = true)
        @Size(max = 200) String howWeMet,
        @Schema(description = "The contact who introduced them: another of the owner's contacts (else 422).", nullable = true)
        UUID introducedBy,
        @Schema(description = "Closeness, after Dunbar's layers (default ACQUAINTANCE); sets the default cadence.", nullable = true)
        Tier tier,
        @Schema(description = "The owner's own cadence in days, overriding the tier's.", nullable = true)
        @Min(1) @Max(3650) Integer cadenceDays,
        @Schema(description = "When false, the contact is never overdue (default true).", nullable = true)
        Boolean keepInTouch,
        @Schema(description = "The owner's private judgement of the relationship (default UNSURE).", nullable = true)
        Sincerity sincerity,
        @Schema(description = "Whether the contact agreed to their details being shared, and where they came from.", nullable = true)
        Consent consent,
        @Schema(description = "The owner's private notes (up to 10,000 characters).", nullable = true)
        @Size(max = 10_000) String notes) {

    /** A draft with just a name, for imports and tests. */
    public static ContactDraft named(String displayName) {
        return builder(displayName).build();
    }

    /** A draft to fill field by field: every list starts empty, every other field not given. */
    public static Builder builder(String displayName) {
        return new Builder().displayName(displayName);
    }

    /** A builder holding every field of this draft, to copy it with some fields changed. */
    public Builder toBuilder() {
        return new Builder()
                .displayName(displayName)
                .givenName(givenName)
                .familyName(familyName)
                .organization(organization)
                .title(title)
                .emails(emails)
                .phones(phones)
                .socialProfiles(socialProfiles)
                .communities(communities)
                .tags(tags)
                .culture(culture)
                .birthYear(birthYear)
                .location(location)
                .howWeMet(howWeMet)
                .introducedBy(introducedBy)
                .tier(tier)
                .cadenceDays(cadenceDays)
                .keepInTouch(keepInTouch)
                .sincerity(sincerity)
                .consent(consent)
                .notes(notes);
    }

    /** Builds a draft by field name, in place of the record's 21 positional arguments. */
    public static final class Builder {

        private String displayName;
        private String givenName;
        private String familyName;
        private String organization;
        private String title;
        private List<EmailAddress> emails = List.of();
        private List<PhoneNumber> phones = List.of();
        private List<SocialProfile> socialProfiles = List.of();
        private List<String> communities = List.of();
        private List<String> tags = List.of();
        private String culture;
        private Integer birthYear;
        private String location;
        private String howWeMet;
        private UUID introducedBy;
        private Tier tier;
        private Integer cadenceDays;
        private Boolean keepInTouch;
        private Sincerity sincerity;
        private Consent consent;
        private String notes;

        private Builder() {
        }

        public Builder displayName(String value) {
            displayName = value;
            return this;
        }

        public Builder givenName(String value) {
            givenName = value;
            return this;
        }

        public Builder familyName(String value) {
            familyName = value;
            return this;
        }

        public Builder organization(String value) {
            organization = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder emails(List<EmailAddress> value) {
            emails = value;
            return this;
        }

        public Builder phones(List<PhoneNumber> value) {
            phones = value;
            return this;
        }

        public Builder socialProfiles(List<SocialProfile> value) {
            socialProfiles = value;
            return this;
        }

        public Builder communities(List<String> value) {
            communities = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder culture(String value) {
            culture = value;
            return this;
        }

        public Builder birthYear(Integer value) {
            birthYear = value;
            return this;
        }

        public Builder location(String value) {
            location = value;
            return this;
        }

        public Builder howWeMet(String value) {
            howWeMet = value;
            return this;
        }

        public Builder introducedBy(UUID value) {
            introducedBy = value;
            return this;
        }

        public Builder tier(Tier value) {
            tier = value;
            return this;
        }

        public Builder cadenceDays(Integer value) {
            cadenceDays = value;
            return this;
        }

        public Builder keepInTouch(Boolean value) {
            keepInTouch = value;
            return this;
        }

        public Builder sincerity(Sincerity value) {
            sincerity = value;
            return this;
        }

        public Builder consent(Consent value) {
            consent = value;
            return this;
        }

        public Builder notes(String value) {
            notes = value;
            return this;
        }

        public ContactDraft build() {
            return new ContactDraft(displayName, givenName, familyName, organization, title, emails, phones,
                    socialProfiles, communities, tags, culture, birthYear, location, howWeMet, introducedBy, tier,
                    cadenceDays, keepInTouch, sincerity, consent, notes);
        }
    }
}
