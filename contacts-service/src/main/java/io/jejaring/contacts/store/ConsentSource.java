package io.jejaring.contacts.store;

/** How the owner came to hold this contact's details (rule 2: networks aren't for sale). */
public enum ConsentSource {
    MET_IN_PERSON, INTRODUCTION, IMPORT, SOCIAL, OTHER
}
