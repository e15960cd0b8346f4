package io.jejaring.contacts.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.util.PartialDate;
import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.store.EmailAddress;
import io.jejaring.contacts.store.PhoneNumber;
import io.jejaring.contacts.store.SocialProfile;

/**
 * Writes contacts as vCard 4.0 for export. Fields vCard has no property for go in X-JEJARING-* properties, so
 * {@link VCardReader} reads back what was written; introducedBy, a contact id, means nothing outside this owner's
 * data and is not written.
 */
public final class VCardWriter {

    private VCardWriter() {
    }

    /** One card per contact, in order; an empty list gives an empty string. */
    public static String write(List<ContactDraft> contacts) {
        List<VCard> cards = new ArrayList<>();
        for (ContactDraft contact : contacts) {
            if (contact != null) {
                cards.add(toVCard(contact));
            }
        }
        if (cards.isEmpty()) {
            return "";
        }
        return Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
    }

    private static VCard toVCard(ContactDraft contact) {
        VCard card = new VCard();
        card.setFormattedName(contact.displayName());
        if (contact.givenName() != null || contact.familyName() != null) {
            StructuredName name = new StructuredName();
            name.setGiven(contact.givenName());
            name.setFamily(contact.familyName());
            card.setStructuredName(name);
        }
        if (contact.organization() != null) {
            card.setOrganization(contact.organization());
        }
        if (contact.title() != null) {
            card.addTitle(contact.title());
        }
        for (EmailAddress email : orEmpty(contact.emails())) {
            Email property = card.addEmail(email.address());
            if (email.label() != null) {
                property.getParameters().addType(email.label());
            }
        }
        for (PhoneNumber phone : orEmpty(contact.phones())) {
            Telephone property = new Telephone(phone.number());
            if (phone.label() != null) {
                property.getParameters().addType(Labels.toVCardType(phone.label()));
            }
            card.addTelephoneNumber(property);
        }
        for (SocialProfile profile : orEmpty(contact.socialProfiles())) {
            // X-SOCIALPROFILE (Apple's) carries the network even when the handle is not a link.
            RawProperty property = card.addExtendedProperty(JejaringProperties.SOCIAL_PROFILE,
                    JejaringProperties.escape(profile.handle()));
            property.getParameters().addType(profile.network().name().toLowerCase(Locale.ROOT));
        }
        if (!orEmpty(contact.communities()).isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(contact.communities());
            card.setCategories(categories);
        }
        if (contact.birthYear() != null) {
            card.setBirthday(new Birthday(PartialDate.builder().year(contact.birthYear()).build()));
        }
        if (contact.location() != null) {
            Address address = new Address();
            address.setLocality(contact.location());
            card.addAddress(address);
        }
        if (contact.notes() != null) {
            card.addNote(contact.notes());
        }
        writeJejaringFields(contact, card);
        return card;
    }

    private static void writeJejaringFields(ContactDraft contact, VCard card) {
        if (!orEmpty(contact.tags()).isEmpty()) {
            card.addExtendedProperty(JejaringProperties.TAGS, JejaringProperties.escapeList(contact.tags()));
        }
        text(card, JejaringProperties.CULTURE, contact.culture());
        text(card, JejaringProperties.TIER, contact.tier() == null ? null : contact.tier().name());
        text(card, JejaringProperties.CADENCE_DAYS, contact.cadenceDays() == null ? null : contact.cadenceDays().toString());
        text(card, JejaringProperties.KEEP_IN_TOUCH, contact.keepInTouch() == null ? null : contact.keepInTouch().toString());
        text(card, JejaringProperties.SINCERITY, contact.sincerity() == null ? null : contact.sincerity().name());
        text(card, JejaringProperties.HOW_WE_MET, contact.howWeMet());
        if (contact.consent() != null) {
            text(card, JejaringProperties.CONSENT_SHAREABLE, Boolean.toString(contact.consent().shareable()));
            text(card, JejaringProperties.CONSENT_SOURCE,
                    contact.consent().source() == null ? null : contact.consent().source().name());
        }
    }

    private static void text(VCard card, String name, String value) {
        if (value != null) {
            card.addExtendedProperty(name, JejaringProperties.escape(value));
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
