package io.jejaring.contacts.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.jejaring.contacts.domain.Consent;
import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.store.EmailAddress;
import io.jejaring.contacts.store.PhoneNumber;
import io.jejaring.events.SocialNetwork;
import io.jejaring.contacts.store.SocialProfile;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;

/**
 * Collects one contact's fields while a reader walks a card or row. Every setter cleans its input (trim, blank to
 * null), so each reader only has to say where a value comes from; the first value given for a single field wins.
 */
final class DraftBuilder {

    private String displayName;
    private String givenName;
    private String familyName;
    private String organization;
    private String title;
    private String culture;
    private Integer birthYear;
    private String location;
    private String howWeMet;
    private Tier tier;
    private Integer cadenceDays;
    private Boolean keepInTouch;
    private Sincerity sincerity;
    private Consent consent;
    private String notes;
    private final List<EmailAddress> emails = new ArrayList<>();
    private final List<PhoneNumber> phones = new ArrayList<>();
    // Sets: the same profile or label often comes twice (URL and X-SOCIALPROFILE, Labels and a group).
    private final Set<SocialProfile> socialProfiles = new LinkedHashSet<>();
    private final Set<String> communities = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();

    DraftBuilder displayName(String value) {
        displayName = first(displayName, value);
        return this;
    }

    DraftBuilder givenName(String value) {
        givenName = first(givenName, value);
        return this;
    }

    DraftBuilder familyName(String value) {
        familyName = first(familyName, value);
        return this;
    }

    DraftBuilder organization(String value) {
        organization = first(organization, value);
        return this;
    }

    DraftBuilder title(String value) {
        title = first(title, value);
        return this;
    }

    DraftBuilder culture(String value) {
        culture = first(culture, value);
        return this;
    }

    /** Years outside 1900-2100 are dropped: Apple writes 1604 for "no year", and the API rejects them anyway. */
    DraftBuilder birthYear(Integer value) {
        if (birthYear == null && value != null && value >= 1900 && value <= 2100) {
            birthYear = value;
        }
        return this;
    }

    DraftBuilder location(String value) {
        location = first(location, value);
        return this;
    }

    DraftBuilder howWeMet(String value) {
        howWeMet = first(howWeMet, value);
        return this;
    }

    DraftBuilder tier(Tier value) {
        tier = tier == null ? value : tier;
        return this;
    }

    DraftBuilder cadenceDays(Integer value) {
        if (cadenceDays == null && value != null && value >= 1 && value <= 3650) {
            cadenceDays = value;
        }
        return this;
    }

    DraftBuilder keepInTouch(Boolean value) {
        keepInTouch = keepInTouch == null ? value : keepInTouch;
        return this;
    }

    DraftBuilder sincerity(Sincerity value) {
        sincerity = sincerity == null ? value : sincerity;
        return this;
    }

    DraftBuilder consent(Consent value) {
        consent = consent == null ? value : consent;
        return this;
    }

    /** Several notes (vCard allows many NOTEs) are kept, one after the other. */
    DraftBuilder addNote(String value) {
        String cleaned = Text.clean(value);
        if (cleaned != null) {
            notes = notes == null ? cleaned : notes + "\n\n" + cleaned;
        }
        return this;
    }

    DraftBuilder addEmail(String address, String label) {
        String cleaned = Text.clean(address);
        if (cleaned != null) {
            emails.add(new EmailAddress(cleaned, Labels.normalise(label)));
        }
        return this;
    }

    DraftBuilder addPhone(String number, String label) {
        String cleaned = Text.clean(number);
        if (cleaned != null) {
            phones.add(new PhoneNumber(cleaned, Labels.normalise(label)));
        }
        return this;
    }

    DraftBuilder addSocialProfile(SocialNetwork network, String handle) {
        String cleaned = Text.clean(handle);
        if (network != null && cleaned != null) {
            socialProfiles.add(new SocialProfile(network, cleaned));
        }
        return this;
    }

    DraftBuilder addCommunity(String value) {
        String cleaned = Text.clean(value);
        if (cleaned != null) {
            communities.add(cleaned);
        }
        return this;
    }

    DraftBuilder addTag(String value) {
        String cleaned = Text.clean(value);
        if (cleaned != null) {
            tags.add(cleaned);
        }
        return this;
    }

    String givenName() {
        return givenName;
    }

    String familyName() {
        return familyName;
    }

    /**
     * The draft, or empty when the contact has no usable name. The display name falls back to the given and family
     * names, then the organisation, then the first email, as address books show such contacts.
     */
    Optional<ContactDraft> build() {
        String name = displayName;
        if (name == null) {
            name = Text.joinWords(givenName, familyName);
        }
        if (name == null) {
            name = organization;
        }
        if (name == null && !emails.isEmpty()) {
            name = emails.get(0).address();
        }
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(ContactDraft.builder(name)
                .givenName(givenName)
                .familyName(familyName)
                .organization(organization)
                .title(title)
                .emails(List.copyOf(emails))
                .phones(List.copyOf(phones))
                .socialProfiles(List.copyOf(socialProfiles))
                .communities(List.copyOf(communities))
                .tags(List.copyOf(tags))
                .culture(culture)
                .birthYear(birthYear)
                .location(location)
                .howWeMet(howWeMet)
                .tier(tier)
                .cadenceDays(cadenceDays)
                .keepInTouch(keepInTouch)
                .sincerity(sincerity)
                .consent(consent)
                .notes(notes)
                .build());
    }

    private static String first(String current, String candidate) {
        return current != null ? current : Text.clean(candidate);
    }
}
