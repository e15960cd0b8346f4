package io.jejaring.contacts.domain;

import java.util.List;

import io.jejaring.contacts.store.Connection;
import io.jejaring.contacts.store.Contact;

/** Everything an owner has here: every contact, in display-name order, every live connection, and the profile. */
public record OwnerExport(List<Contact> contacts, List<Connection> connections, Profile profile) {
}
