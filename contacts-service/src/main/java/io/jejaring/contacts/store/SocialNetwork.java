package io.jejaring.contacts.store;

/** Where a social profile lives. */
public enum SocialNetwork {
    TWITTER, FACEBOOK, PINTEREST, PATH, LINKEDIN, INSTAGRAM, OTHER
}
