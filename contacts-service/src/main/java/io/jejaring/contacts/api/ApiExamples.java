package io.jejaring.contacts.api;

/** The request and answer examples of contacts-service's OpenAPI document, each valid against its schema. */
final class ApiExamples {

    static final String CONTACT_ID = "3f2b8c1e-7a4d-4e59-9b0a-2c6d8e1f4a73";
    static final String OTHER_CONTACT_ID = "a1c9e7d2-5b3f-4c8e-8d6a-0f2e4b7c9d15";

    static final String DRAFT = """
            {"displayName": "Ayu Lestari", "givenName": "Ayu", "familyName": "Lestari",
             "organization": "Kopi Kenangan", "title": "Head of Partnerships",
             "emails": [{"address": "ayu@example.org", "label": "work"}],
             "phones": [{"number": "+62 812 3456 7890", "label": "mobile"}],
             "socialProfiles": [{"network": "LINKEDIN", "handle": "ayulestari"}],
             "communities": ["Jakarta founders"], "tags": ["coffee"], "culture": "Javanese", "birthYear": 1988,
             "location": "Jakarta", "howWeMet": "Kopi darat after a meetup", "tier": "CLOSE", "cadenceDays": 21,
             "keepInTouch": true, "sincerity": "SINCERE", "consent": {"shareable": false, "source": "MET_IN_PERSON"},
             "notes": "Ask about the new Bandung roastery."}""";

    static final String CONTACT = """
            {"id": "3f2b8c1e-7a4d-4e59-9b0a-2c6d8e1f4a73", "displayName": "Ayu Lestari", "givenName": "Ayu",
             "familyName": "Lestari", "organization": "Kopi Kenangan", "title": "Head of Partnerships",
             "emails": [{"address": "ayu@example.org", "label": "work"}],
             "phones": [{"number": "+62 812 3456 7890", "label": "mobile"}],
             "socialProfiles": [{"network": "LINKEDIN", "handle": "ayulestari"}],
             "communities": ["Jakarta founders"], "tags": ["coffee"], "culture": "Javanese", "birthYear": 1988,
             "ageBand": "35-44", "location": "Jakarta", "howWeMet": "Kopi darat after a meetup", "introducedBy": null,
             "tier": "CLOSE", "cadenceDays": 21, "effectiveCadenceDays": 21, "keepInTouch": true,
             "sincerity": "SINCERE", "consent": {"shareable": false, "source": "MET_IN_PERSON"},
             "notes": "Ask about the new Bandung roastery.", "version": 1,
             "createdAt": "2026-03-14T09:30:00Z", "updatedAt": "2026-03-14T09:30:00Z"}""";

    static final String CONTACT_PAGE = "{\"items\": [" + CONTACT + "], \"nextCursor\": \"QXl1IExlc3Rhcmk\"}";

    static final String PATCH = """
            {"tier": "INNER", "cadenceDays": null, "tags": ["coffee", "mentor"]}""";

    static final String MERGE = """
            {"duplicateId": "a1c9e7d2-5b3f-4c8e-8d6a-0f2e4b7c9d15"}""";

    static final String CONNECTION_REQUEST = """
            {"otherContactId": "a1c9e7d2-5b3f-4c8e-8d6a-0f2e4b7c9d15", "kind": "COLLEAGUE"}""";

    static final String CONNECTION = """
            {"contactId": "3f2b8c1e-7a4d-4e59-9b0a-2c6d8e1f4a73", "otherContactId": "a1c9e7d2-5b3f-4c8e-8d6a-0f2e4b7c9d15",
             "kind": "COLLEAGUE", "version": 1, "updatedAt": "2026-03-14T09:31:00Z"}""";

    static final String CONNECTION_PAGE = "{\"items\": [" + CONNECTION + "], \"nextCursor\": null}";

    static final String VCARD = """
            BEGIN:VCARD
            VERSION:4.0
            FN:Ayu Lestari
            N:Lestari;Ayu;;;
            ORG:Kopi Kenangan
            EMAIL;TYPE=work:ayu@example.org
            END:VCARD
            """;

    static final String CSV = """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ayu,Lestari,https://www.linkedin.com/in/ayulestari,ayu@example.org,Kopi Kenangan,Head of Partnerships,14 Mar 2026
            """;

    static final String IMPORT_RESULT = """
            {"created": 41, "skippedDuplicates": 2, "errors": [{"line": 57, "message": "a card needs a name (FN or N)"}]}""";

    static final String PROFILE = """
            {"displayName": "Sari Wijaya", "emails": ["sari@example.org", "sari.wijaya@work.example.com"]}""";

    static final String LOOKUP = """
            {"emails": ["Ayu@Example.org", "sari@example.org", "newsletter@shop.example.com"]}""";

    static final String LOOKUP_MATCHES = """
            {"matches": [{"email": "Ayu@Example.org", "contactId": "3f2b8c1e-7a4d-4e59-9b0a-2c6d8e1f4a73"},
              {"email": "sari@example.org", "me": true}]}""";

    static final String EXPORT = "{\"contacts\": [" + CONTACT + "], \"connections\": [" + CONNECTION + "], \"profile\": "
            + PROFILE + "}";

    private ApiExamples() {
    }
}
