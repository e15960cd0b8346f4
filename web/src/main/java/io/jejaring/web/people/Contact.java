package io.jejaring.web.people;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A contact in full, as contacts-service answers it: what the person page shows and the edit form starts from. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contact(String id, String displayName, String givenName, String familyName, String organization,
        String title, List<Email> emails, List<Phone> phones, List<String> communities, List<String> tags,
        String culture, Integer birthYear, String ageBand, String location, String howWeMet, String introducedBy,
        String tier, Integer cadenceDays, Integer effectiveCadenceDays, Boolean keepInTouch, String sincerity,
        String notes, Long version, Instant updatedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Email(String address, String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Phone(String number, String label) {
    }

    /** A page of contacts from the search; {@code nextCursor} is null on the last one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<Contact> items, String nextCursor) {
    }

    /** A contact with the ETag it was read with, to send back in If-Match. */
    public record Versioned(Contact contact, String etag) {
    }
}
