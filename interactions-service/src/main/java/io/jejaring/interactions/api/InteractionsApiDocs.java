package io.jejaring.interactions.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The texts, examples and list schemas of this service's OpenAPI document. {@code Page<T>} is generic, and a
 * response annotation can name a class only, so each list's page is described by a record of the same shape.
 */
final class InteractionsApiDocs {

    static final String NEXT_CURSOR = "Pass it as `cursor` to get the next page; null on the last page.";

    @Schema(name = "InteractionPage", description = "One page of interactions.", requiredProperties = {"items", "nextCursor"})
    record InteractionPage(List<InteractionView> items, @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }

    @Schema(name = "CommitmentPage", description = "One page of commitments.", requiredProperties = {"items", "nextCursor"})
    record CommitmentPage(List<CommitmentView> items, @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }

    static final String ETAG = "The resource's version, quoted (`\"2\"`). Send it back in `If-Match` to change only that version.";
    static final String IF_MATCH = "Optional. The version the change applies to, as its ETag gave it (`\"2\"`); any other, or"
            + " an unparsable value, answers 412.";
    static final String ID = "The id (a UUID). A malformed id, and another owner's, answer 404 like an unknown one.";
    static final String CONTACT_FILTER = "Only those with this contact (a UUID); an unknown contact gives an empty page.";

    static final String INTERACTION = """
            {"id":"5f0c2d1e-8a4b-4c6d-9e7f-1a2b3c4d5e6f","contactIds":["0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10"],\
            "channel":"IN_PERSON","socialNetwork":null,"socialNetworkLabel":null,"initiatedBy":"THEM","exchange":"GAVE",\
            "occurredAt":"2026-03-02T08:30:00Z","durationMinutes":45,"summary":"kopi darat",\
            "notes":"Introduced me to the Surabaya chapter.","version":1,\
            "createdAt":"2026-03-02T09:00:00Z","updatedAt":"2026-03-02T09:00:00Z"}""";
    static final String INTERACTION_DRAFT = """
            {"contactIds":["0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10"],"channel":"IN_PERSON","initiatedBy":"THEM",\
            "exchange":"GAVE","occurredAt":"2026-03-02T08:30:00Z","durationMinutes":45,"summary":"kopi darat",\
            "notes":"Introduced me to the Surabaya chapter."}""";
    static final String INTERACTION_PATCH_SCHEMA = "A JSON merge patch (RFC 7396) of an InteractionDraft: any of its"
            + " members; `null` clears a field.";
    static final String INTERACTION_PATCH = """
            {"channel":"VIDEO","durationMinutes":null}""";
    static final String INTERACTION_PAGE = "{\"items\":[" + INTERACTION + "],\"nextCursor\":null}";

    static final String COMMITMENT = """
            {"id":"9d8e7f60-5a4b-4c3d-8e2f-1a0b9c8d7e6f","contactId":"0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10",\
            "interactionId":"5f0c2d1e-8a4b-4c6d-9e7f-1a2b3c4d5e6f","direction":"I_PROMISED",\
            "description":"send the deck","dueOn":"2026-03-09","status":"OPEN","version":1,\
            "createdAt":"2026-03-02T09:05:00Z","updatedAt":"2026-03-02T09:05:00Z"}""";
    static final String COMMITMENT_KEPT = """
            {"id":"9d8e7f60-5a4b-4c3d-8e2f-1a0b9c8d7e6f","contactId":"0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10",\
            "interactionId":"5f0c2d1e-8a4b-4c6d-9e7f-1a2b3c4d5e6f","direction":"I_PROMISED",\
            "description":"send the deck","dueOn":"2026-03-09","status":"KEPT","version":2,\
            "createdAt":"2026-03-02T09:05:00Z","updatedAt":"2026-03-06T16:40:00Z"}""";
    static final String COMMITMENT_DRAFT = """
            {"contactId":"0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10","interactionId":"5f0c2d1e-8a4b-4c6d-9e7f-1a2b3c4d5e6f",\
            "direction":"I_PROMISED","description":"send the deck","dueOn":"2026-03-09"}""";
    static final String COMMITMENT_PAGE = "{\"items\":[" + COMMITMENT + "],\"nextCursor\":null}";

    private InteractionsApiDocs() {
    }
}
