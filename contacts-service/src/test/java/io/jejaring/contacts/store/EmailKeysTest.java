package io.jejaring.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EmailKeysTest {

    @Test
    void caseAndSurroundingWhitespaceNeverMatter() {
        assertThat(EmailKeys.of("  Ayu.Lestari@Example.ORG\t\n")).isEqualTo("ayu.lestari@example.org");
        assertThat(EmailKeys.of("ÉLODIE@Exemple.fr")).isEqualTo("élodie@exemple.fr");
        assertThat(EmailKeys.of("\u2003budi@example.org\u2003")).as("Unicode spaces too").isEqualTo("budi@example.org");
    }

    @Test
    void theLocaleNeverChangesAKey() {
        // Turkish lower-cases I to a dotless ı; a key must be the same on every server
        assertThat(EmailKeys.of("IRFAN@EXAMPLE.ORG")).isEqualTo("irfan@example.org");
    }

    @Test
    void aContactsKeysAreEachAddressOnce() {
        assertThat(EmailKeys.of(List.of(new EmailAddress("Ayu@example.org", "work"), new EmailAddress(" ayu@EXAMPLE.org", null),
                new EmailAddress("ayu@home.example", "home")))).containsExactly("ayu@example.org", "ayu@home.example");
        assertThat(EmailKeys.of(List.of())).isEmpty();
    }
}
