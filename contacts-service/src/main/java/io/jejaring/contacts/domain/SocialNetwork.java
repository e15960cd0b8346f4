package io.jejaring.contacts.domain;

/** Where a social profile lives. */
public enum SocialNetwork {
    TWITTER, FACEBOOK, PINTEREST, PATH, LINKEDIN, INSTAGRAM, OTHER
}
