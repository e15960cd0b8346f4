package io.jejaring.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jejaring.contacts.store.ConsentSource;
import io.jejaring.contacts.store.EmailAddress;
import io.jejaring.contacts.store.PhoneNumber;
import io.jejaring.events.SocialNetwork;
import io.jejaring.contacts.store.SocialProfile;
import io.jejaring.events.Sincerity;
import io.jejaring.events.Tier;

class ContactDraftTest {

    /** Every field differs from the builder's defaults, so a field the copy drops shows up. */
    private static final ContactDraft EVERY_FIELD = new ContactDraft("Dewi Lestari", "Dewi", "Lestari", "Bentang",
            "Author", List.of(new EmailAddress("dewi@example.id", "work")),
            List.of(new PhoneNumber("+62 812", "mobile")), List.of(new SocialProfile(SocialNetwork.X, "@dee")),
            List.of("Writers"), List.of("author"), "Sundanese", 1976, "Bandung", "Ubud festival", UUID.randomUUID(),
            Tier.CLOSE, 45, false, Sincerity.SINCERE, new Consent(true, ConsentSource.MET_IN_PERSON), "Supernova");

    @Test
    void aCopyKeepsEveryField() {
        assertThat(EVERY_FIELD.toBuilder().build()).isEqualTo(EVERY_FIELD);
    }

    @Test
    void aCopyChangesOnlyWhatItSets() {
        ContactDraft copy = EVERY_FIELD.toBuilder().introducedBy(null).build();

        assertThat(copy.introducedBy()).isNull();
        assertThat(copy).usingRecursiveComparison().ignoringFields("introducedBy").isEqualTo(EVERY_FIELD);
    }

    @Test
    void aNewDraftHasEmptyListsAndNothingElse() {
        assertThat(ContactDraft.builder("Rudi").build()).isEqualTo(new ContactDraft("Rudi", null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null,
                null, null, null));
    }
}
