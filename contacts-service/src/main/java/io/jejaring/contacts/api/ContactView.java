package io.jejaring.contacts.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.contacts.domain.AgeBand;
import io.jejaring.contacts.domain.Consent;
import io.jejaring.contacts.domain.ContactMapper;
import io.jejaring.contacts.store.Contact;
import io.jejaring.contacts.store.EmailAddress;
import io.jejaring.contacts.store.PhoneNumber;
import io.jejaring.contacts.store.SocialProfile;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;

/** A contact as the API shows it: the owner's fields plus what the server derives and keeps. */
@Schema(name = "Contact", description = "A contact: the owner's fields plus what the server derives and keeps.")
public record ContactView(
        @Schema(description = "Server-assigned id.", readOnly = true)
        UUID id,
        @Schema(description = "The name shown for the contact.", minLength = 1, maxLength = 200)
        String displayName,
        @Schema(description = "Given (first) name.", nullable = true, maxLength = 200)
        String givenName,
        @Schema(description = "Family (last) name.", nullable = true, maxLength = 200)
        String familyName,
        @Schema(description = "Where they work.", nullable = true, maxLength = 200)
        String organization,
        @Schema(description = "Their job title.", nullable = true, maxLength = 200)
        String title,
        @Schema(description = "Email addresses, with the owner's labels.", maxItems = 50)
        List<EmailAddress> emails,
        @Schema(description = "Phone numbers, with the owner's labels.", maxItems = 50)
        List<PhoneNumber> phones,
        @Schema(description = "Profiles on social networks.", maxItems = 50)
        List<SocialProfile> socialProfiles,
        @Schema(description = "Communities the owner places them in.", maxItems = 50)
        List<String> communities,
        @Schema(description = "The owner's tags.", maxItems = 50)
        List<String> tags,
        @Schema(description = "The owner's coarse label for their culture.", nullable = true, maxLength = 200)
        String culture,
        @Schema(description = "Year of birth; only its age band leaves this service.", nullable = true, minimum = "1900", maximum = "2100")
        Integer birthYear,
        @Schema(description = "Derived from birthYear: <25, 25-34, 35-44, 45-54, 55-64 or 65+.", nullable = true, readOnly = true, enumeration = {"<25", "25-34", "35-44", "45-54", "55-64", "65+"})
        String ageBand,
        @Schema(description = "Where they live or work.", nullable = true, maxLength = 200)
        String location,
        @Schema(description = "How the owner met them.", nullable = true, maxLength = 200)
        String howWeMet,
        @Schema(description = "The contact who introduced them, another of the owner's contacts.", nullable = true)
        UUID introducedBy,
        @Schema(description = "Closeness, after Dunbar's layers; sets the default cadence (7, 30, 90 or 365 days).")
        Tier tier,
        @Schema(description = "The owner's own cadence in days, overriding the tier's.", nullable = true, minimum = "1", maximum = "3650")
        Integer cadenceDays,
        @Schema(description = "The cadence in force: cadenceDays, or the tier's default.", readOnly = true, minimum = "1", maximum = "3650")
        int effectiveCadenceDays,
        @Schema(description = "When false, the contact is never overdue.")
        boolean keepInTouch,
        @Schema(description = "The owner's private judgement of the relationship.")
        Sincerity sincerity,
        @Schema(description = "Whether the contact agreed to their details being shared, and where they came from.", nullable = true)
        Consent consent,
        @Schema(description = "The owner's private notes.", nullable = true, maxLength = 10000)
        String notes,
        @Schema(description = "The resource's version, also its ETag; send it in If-Match to update safely.", readOnly = true, minimum = "1")
        long version,
        @Schema(description = "When it was created (UTC).", readOnly = true)
        Instant createdAt,
        @Schema(description = "When it last changed (UTC).", readOnly = true)
        Instant updatedAt) {

    public static ContactView of(Contact contact, int currentYear) {
        return new ContactView(contact.id, contact.displayName, contact.givenName, contact.familyName,
                contact.organization, contact.title, contact.emails, contact.phones, contact.socialProfiles,
                contact.communities, contact.tags, contact.culture, contact.birthYear,
                AgeBand.of(contact.birthYear, currentYear), contact.location, contact.howWeMet, contact.introducedBy,
                contact.tier, contact.cadenceDays, contact.effectiveCadenceDays(), contact.keepInTouch,
                contact.sincerity, ContactMapper.consent(contact), contact.notes, contact.version, contact.createdAt,
                contact.updatedAt);
    }
}
