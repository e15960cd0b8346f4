package io.jejaring.contacts.domain;

import java.util.List;

/**
 * What a reader made of a whole file: the contacts it could read and the problems it met. Both lists are in file
 * order; one bad card or row only adds a problem, it never stops the others.
 */
public record ParsedImport(List<ImportedCard> contacts, List<ImportProblem> errors) {

    public ParsedImport {
        contacts = List.copyOf(contacts);
        errors = List.copyOf(errors);
    }

    /** A file that could not be read at all: no contacts, one problem. */
    public static ParsedImport failed(int line, String message) {
        return new ParsedImport(List.of(), List.of(new ImportProblem(line, message)));
    }
}
