package io.jejaring.contacts.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a vCard file into one chunk per card before any parsing, so a card without END:VCARD only loses itself:
 * left to a parser, the next BEGIN:VCARD would be nested inside it and that card would be lost too.
 */
final class VCardSplitter {

    /** The text of one card, from BEGIN:VCARD to END:VCARD, or {@code complete=false} when END never came. */
    record Chunk(int line, String text, boolean complete) {
    }

    private VCardSplitter() {
    }

    static List<Chunk> split(String text) {
        String[] lines = Text.withoutBom(text).split("\r\n|\r|\n", -1);
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder card = null;
        int cardLine = 0;
        boolean softBreak = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // A quoted-printable value ending in "=" goes on in the next line, whatever that line says.
            boolean continuation = softBreak;
            softBreak = card != null && endsWithSoftBreak(line, continuation);
            if (!continuation && isMarker(line, "BEGIN:VCARD")) {
                if (card != null) {
                    chunks.add(new Chunk(cardLine, card.toString(), false));
                }
                card = new StringBuilder();
                cardLine = i + 1;
            }
            if (card == null) {
                continue; // text between cards carries nothing
            }
            card.append(line).append("\r\n");
            if (!continuation && isMarker(line, "END:VCARD")) {
                chunks.add(new Chunk(cardLine, card.toString(), true));
                card = null;
            }
        }
        if (card != null) {
            chunks.add(new Chunk(cardLine, card.toString(), false));
        }
        return chunks;
    }

    /** A marker starts the line: an indented one would be the continuation of a folded line. */
    private static boolean isMarker(String line, String marker) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.strip().equalsIgnoreCase(marker);
    }

    private static boolean endsWithSoftBreak(String line, boolean continuation) {
        if (!line.endsWith("=")) {
            return false;
        }
        if (continuation) {
            return true;
        }
        int colon = line.indexOf(':');
        String nameAndParams = colon < 0 ? line : line.substring(0, colon);
        return nameAndParams.toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE");
    }
}
