package io.jejaring.contacts.imports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.Optional;

import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Impp;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import io.jejaring.contacts.domain.Consent;
import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.store.ConsentSource;
import io.jejaring.events.SocialNetwork;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;

/** Maps one parsed vCard, of any version, to a draft. */
final class VCardToDraft {

    private VCardToDraft() {
    }

    /** The draft, or empty when the card has no usable name. */
    static Optional<ContactDraft> map(VCard card) {
        DraftBuilder draft = new DraftBuilder();
        names(card, draft);
        for (Organization organization : card.getOrganizations()) {
            // ORG is "name;unit;unit": the organisation is its first part.
            organization.getValues().stream().findFirst().ifPresent(draft::organization);
        }
        for (Title title : card.getTitles()) {
            draft.title(title.getValue());
        }
        for (Email email : card.getEmails()) {
            draft.addEmail(email.getValue(), label(card, email));
        }
        for (Telephone phone : card.getTelephoneNumbers()) {
            draft.addPhone(number(phone), label(card, phone));
        }
        socialProfiles(card, draft);
        for (Categories categories : card.getCategoriesList()) {
            categories.getValues().stream().map(Labels::community).forEach(draft::addCommunity);
        }
        for (Birthday birthday : card.getBirthdays()) {
            draft.birthYear(year(birthday));
        }
        for (Address address : card.getAddresses()) {
            draft.location(firstOf(address.getLocality(), address.getRegion(), address.getCountry()));
        }
        for (Note note : card.getNotes()) {
            draft.addNote(note.getValue());
        }
        jejaringFields(card, draft);
        return draft.build();
    }

    private static void names(VCard card, DraftBuilder draft) {
        for (FormattedName name : card.getFormattedNames()) {
            draft.displayName(name.getValue());
        }
        for (StructuredName name : card.getStructuredNames()) {
            draft.givenName(name.getGiven());
            draft.familyName(name.getFamily());
        }
    }

    /** URL, X-SOCIALPROFILE and IMPP all may hold a profile; a URL on no known network is a website, not kept. */
    private static void socialProfiles(VCard card, DraftBuilder draft) {
        for (Url url : card.getUrls()) {
            knownNetwork(url.getType()).or(() -> SocialLinks.fromUrl(url.getValue()))
                    .ifPresent(network -> draft.addSocialProfile(network, url.getValue()));
        }
        for (RawProperty profile : card.getExtendedProperties(JejaringProperties.SOCIAL_PROFILE)) {
            String handle = JejaringProperties.unescape(profile.getValue());
            if (handle != null && handle.startsWith("x-apple:")) { // Apple's placeholder; the user name is a param
                handle = Optional.ofNullable(profile.getParameter("X-USER")).orElse(handle.substring(8));
            }
            String value = handle;
            SocialNetwork network = profile.getParameters().getTypes().stream()
                    .map(SocialLinks::fromName).flatMap(Optional::stream).findFirst()
                    .or(() -> SocialLinks.fromUrl(value))
                    .orElse(SocialNetwork.OTHER);
            draft.addSocialProfile(network, handle);
        }
        for (Impp impp : card.getImpps()) {
            String handle = impp.getUri() == null ? null : impp.getUri().toString();
            knownNetwork(impp.getParameter("X-SERVICE-TYPE")).or(() -> SocialLinks.fromUrl(handle))
                    .ifPresent(network -> draft.addSocialProfile(network, handle));
        }
    }

    /** A type that names a real network; "other" alone doesn't make an ordinary link a profile. */
    private static Optional<SocialNetwork> knownNetwork(String type) {
        return SocialLinks.fromName(type).filter(network -> network != SocialNetwork.OTHER);
    }

    private static void jejaringFields(VCard card, DraftBuilder draft) {
        for (RawProperty tags : card.getExtendedProperties(JejaringProperties.TAGS)) {
            JejaringProperties.unescapeList(tags.getValue()).forEach(draft::addTag);
        }
        draft.culture(extended(card, JejaringProperties.CULTURE));
        draft.tier(JejaringProperties.enumValue(Tier.class, extended(card, JejaringProperties.TIER)));
        draft.cadenceDays(JejaringProperties.intValue(extended(card, JejaringProperties.CADENCE_DAYS)));
        draft.keepInTouch(JejaringProperties.booleanValue(extended(card, JejaringProperties.KEEP_IN_TOUCH)));
        draft.sincerity(JejaringProperties.enumValue(Sincerity.class, extended(card, JejaringProperties.SINCERITY)));
        draft.howWeMet(extended(card, JejaringProperties.HOW_WE_MET));
        Boolean shareable = JejaringProperties.booleanValue(extended(card, JejaringProperties.CONSENT_SHAREABLE));
        if (shareable != null) { // without the shareable flag there is no consent to speak of
            ConsentSource source = JejaringProperties.enumValue(ConsentSource.class,
                    extended(card, JejaringProperties.CONSENT_SOURCE));
            draft.consent(new Consent(shareable, source));
        }
    }

    private static String extended(VCard card, String name) {
        RawProperty property = card.getExtendedProperty(name);
        return property == null ? null : JejaringProperties.unescape(property.getValue());
    }

    /** Apple keeps custom labels in an X-ABLabel of the same group ("item1"); otherwise the TYPE values say it. */
    private static String label(VCard card, VCardProperty property) {
        if (property.getGroup() != null) {
            for (RawProperty label : card.getExtendedProperties("X-ABLABEL")) {
                if (property.getGroup().equalsIgnoreCase(label.getGroup()) && label.getValue() != null) {
                    // Apple wraps its built-in labels: "_$!<Other>!$_".
                    return Labels.normalise(label.getValue().replace("_$!<", "").replace(">!$_", ""));
                }
            }
        }
        return Labels.fromTypes(property.getParameters().getTypes());
    }

    private static String number(Telephone phone) {
        if (phone.getText() != null) {
            return phone.getText();
        }
        return phone.getUri() == null ? null : phone.getUri().getNumber();
    }

    /** The year of a BDAY, which may be a date, a date-time, a partial date ("--0315") or free text. */
    private static Integer year(Birthday birthday) {
        Temporal date = birthday.getDate();
        if (date instanceof Instant instant) {
            date = instant.atOffset(ZoneOffset.UTC);
        }
        if (date != null && date.isSupported(ChronoField.YEAR)) {
            return date.get(ChronoField.YEAR);
        }
        if (birthday.getPartialDate() != null) {
            return birthday.getPartialDate().getYear();
        }
        String text = Text.clean(birthday.getText());
        return text != null && text.matches("\\d{4}.*") ? Integer.valueOf(text.substring(0, 4)) : null;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (Text.clean(value) != null) {
                return Text.clean(value);
            }
        }
        return null;
    }
}
