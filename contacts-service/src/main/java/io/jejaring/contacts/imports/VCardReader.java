package io.jejaring.contacts.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.io.ParseWarning;

import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.domain.ImportProblem;
import io.jejaring.contacts.domain.ImportedCard;
import io.jejaring.contacts.domain.ParsedImport;

/**
 * Reads vCard 2.1 (Outlook, with QUOTED-PRINTABLE and CHARSET), 3.0 (Apple, Google) and 4.0 files. The file is
 * first cut into cards by line, then each card is parsed by ez-vcard on its own, so one broken card is reported
 * and the others still import.
 */
public final class VCardReader {

    static final String NO_END = "card has no END:VCARD";
    static final String NO_NAME = "card has no name";
    static final String NO_CARD = "no BEGIN:VCARD found; expected a vCard file";

    private VCardReader() {
    }

    /** Every card in the text, each with the line of its BEGIN:VCARD; a blank text gives an empty result. */
    public static ParsedImport read(String text) {
        String body = Text.withoutBom(text);
        List<VCardSplitter.Chunk> chunks = VCardSplitter.split(body);
        if (chunks.isEmpty()) {
            return body.isBlank() ? new ParsedImport(List.of(), List.of()) : ParsedImport.failed(1, NO_CARD);
        }
        List<ImportedCard> contacts = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        for (VCardSplitter.Chunk chunk : chunks) {
            if (!chunk.complete()) {
                errors.add(new ImportProblem(chunk.line(), NO_END));
                continue;
            }
            List<List<ParseWarning>> warnings = new ArrayList<>();
            Optional<VCard> card = parse(chunk.text(), warnings);
            if (card.isEmpty()) {
                errors.add(new ImportProblem(chunk.line(), unreadable(warnings)));
                continue;
            }
            Optional<ContactDraft> draft = VCardToDraft.map(card.get());
            if (draft.isPresent()) {
                contacts.add(new ImportedCard(chunk.line(), draft.get()));
            } else {
                errors.add(new ImportProblem(chunk.line(), NO_NAME));
            }
        }
        return new ParsedImport(contacts, errors);
    }

    private static Optional<VCard> parse(String cardText, List<List<ParseWarning>> warnings) {
        try {
            return Optional.ofNullable(Ezvcard.parse(cardText).warnings(warnings).first());
        } catch (RuntimeException unreadable) { // ez-vcard is lenient; this guards against the odd surprise
            return Optional.empty();
        }
    }

    private static String unreadable(List<List<ParseWarning>> warnings) {
        return warnings.stream().flatMap(List::stream).findFirst()
                .map(warning -> "card could not be read: " + warning.getMessage())
                .orElse("card could not be read");
    }
}
