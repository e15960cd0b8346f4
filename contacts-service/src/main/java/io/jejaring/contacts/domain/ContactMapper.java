package io.jejaring.contacts.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.jejaring.contacts.store.Contact;
import io.jejaring.contacts.store.EmailKeys;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;

/** Copies between drafts, entities and views, applying the defaults and normalising lists. */
public final class ContactMapper {

    private ContactMapper() {
    }

    /** Writes every field of the draft onto the contact: absent fields take their defaults (a full replace). */
    public static void apply(ContactDraft draft, Contact contact) {
        contact.displayName = draft.displayName().trim();
        contact.givenName = trimmed(draft.givenName());
        contact.familyName = trimmed(draft.familyName());
        contact.organization = trimmed(draft.organization());
        contact.title = trimmed(draft.title());
        contact.emails = distinctBy(draft.emails(), email -> EmailKeys.of(email.address()));
        contact.phones = distinctBy(draft.phones(), phone -> phone.number().replaceAll("[^0-9+]", ""));
        contact.socialProfiles = distinctBy(draft.socialProfiles(), profile -> profile.network() + " " + profile.handle().trim());
        contact.communities = labels(draft.communities());
        contact.tags = labels(draft.tags());
        contact.culture = trimmed(draft.culture());
        contact.birthYear = draft.birthYear();
        contact.location = trimmed(draft.location());
        contact.howWeMet = trimmed(draft.howWeMet());
        contact.introducedBy = draft.introducedBy();
        contact.tier = draft.tier() == null ? Tier.ACQUAINTANCE : draft.tier();
        contact.cadenceDays = draft.cadenceDays();
        contact.keepInTouch = draft.keepInTouch() == null || draft.keepInTouch();
        contact.sincerity = draft.sincerity() == null ? Sincerity.UNSURE : draft.sincerity();
        contact.consentShareable = draft.consent() == null ? null : draft.consent().shareable();
        contact.consentSource = draft.consent() == null ? null : draft.consent().source();
        contact.notes = draft.notes();
        contact.indexForSearch();
    }

    public static ContactDraft toDraft(Contact contact) {
        return ContactDraft.builder(contact.displayName)
                .givenName(contact.givenName)
                .familyName(contact.familyName)
                .organization(contact.organization)
                .title(contact.title)
                .emails(List.copyOf(contact.emails))
                .phones(List.copyOf(contact.phones))
                .socialProfiles(List.copyOf(contact.socialProfiles))
                .communities(List.copyOf(contact.communities))
                .tags(List.copyOf(contact.tags))
                .culture(contact.culture)
                .birthYear(contact.birthYear)
                .location(contact.location)
                .howWeMet(contact.howWeMet)
                .introducedBy(contact.introducedBy)
                .tier(contact.tier)
                .cadenceDays(contact.cadenceDays)
                .keepInTouch(contact.keepInTouch)
                .sincerity(contact.sincerity)
                .consent(consent(contact))
                .notes(contact.notes)
                .build();
    }

    public static Consent consent(Contact contact) {
        return contact.consentShareable == null && contact.consentSource == null ? null
                : new Consent(Boolean.TRUE.equals(contact.consentShareable), contact.consentSource);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> labels(List<String> values) {
        if (values == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(values.stream().map(String::trim).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static <T> List<T> distinctBy(List<T> values, Function<T, String> key) {
        Map<String, T> unique = new LinkedHashMap<>();
        if (values != null) {
            values.forEach(value -> unique.putIfAbsent(key.apply(value), value));
        }
        return new ArrayList<>(unique.values());
    }
}
