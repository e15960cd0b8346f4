package io.jejaring.contacts.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.domain.ImportedCard;
import io.jejaring.contacts.domain.ParsedImport;

/** Loads the sample export files under src/test/resources/imports, as the service would receive them. */
final class Samples {

    private Samples() {
    }

    static String text(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The draft read from the contact whose display name is given; fails the test when there is none. */
    static ContactDraft named(ParsedImport parsed, String displayName) {
        return parsed.contacts().stream().map(ImportedCard::draft)
                .filter(draft -> draft.displayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError("no contact named " + displayName + " in " + parsed));
    }
}
