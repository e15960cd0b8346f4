package io.jejaring.contacts.domain;

/** One contact read from an import file, with the 1-based line where its card or row starts. */
public record ImportedCard(int line, ContactDraft draft) {
}
