package io.jejaring.contacts.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
public record ContactView(
        UUID id,
        String displayName,
        String givenName,
        String familyName,
        String organization,
        String title,
        List<EmailAddress> emails,
        List<PhoneNumber> phones,
        List<SocialProfile> socialProfiles,
        List<String> communities,
        List<String> tags,
        String culture,
        Integer birthYear,
        String ageBand,
        String location,
        String howWeMet,
        UUID introducedBy,
        Tier tier,
        Integer cadenceDays,
        int effectiveCadenceDays,
        boolean keepInTouch,
        Sincerity sincerity,
        Consent consent,
        String notes,
        long version,
        Instant createdAt,
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
