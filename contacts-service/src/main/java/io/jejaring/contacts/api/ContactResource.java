package io.jejaring.contacts.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.jejaring.contacts.domain.ContactDraft;
import io.jejaring.contacts.domain.ContactService;
import io.jejaring.contacts.domain.MergeService;
import io.jejaring.contacts.store.Contact;
import io.jejaring.contacts.store.ContactSearch;
import io.jejaring.events.Tier;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.jejaring.plumbing.web.IfMatch;
import io.jejaring.plumbing.web.Ids;
import io.jejaring.plumbing.web.MergePatch;
import io.jejaring.plumbing.web.MergePatcher;
import io.jejaring.plumbing.web.Page;
import io.jejaring.plumbing.web.Paging;
import io.jejaring.plumbing.web.QueryParams;
import io.quarkus.security.Authenticated;

@Tag(name = "Contacts", description = "The owner's contacts: create, read, update, delete, search and merge them.")
@Path("/api/v1/contacts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    @Inject
    ContactService contacts;

    @Inject
    MergeService merges;

    @Inject
    CurrentOwner owner;

    @Inject
    MergePatcher patcher;

    @Operation(operationId = "createContact", summary = "Create a contact",
            description = "Creates a contact for the token's owner. Answers 201 with its Location, its ETag and the contact,"
                    + " including the server-set id, version, ageBand and timestamps.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactDraft.class),
            examples = @ExampleObject(name = "contact", value = ApiExamples.DRAFT)))
    @APIResponse(responseCode = "201", description = "Created.",
            headers = {@Header(name = "Location", description = "The new contact's URL.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The contact's version.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "contact", value = ApiExamples.CONTACT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid ContactDraft draft) {
        Contact contact = contacts.create(owner.id(), draft);
        return Response.created(URI.create("/api/v1/contacts/" + contact.id)).entity(view(contact))
                .header(HttpHeaders.ETAG, IfMatch.etag(contact.version)).build();
    }

    @Operation(operationId = "getContact", summary = "Get a contact",
            description = "One of the owner's contacts, with its ETag. Another owner's contact is a 404, as if it did not exist.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The contact's id (a UUID); an unknown or malformed one is a 404.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"), example = ApiExamples.CONTACT_ID)
    @APIResponse(responseCode = "200", description = "The contact.",
            headers = @Header(name = "ETag", description = "The contact's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "contact", value = ApiExamples.CONTACT)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return withETag(contacts.find(owner.id(), contactId(id)));
    }

    @Operation(operationId = "replaceContact", summary = "Replace a contact",
            description = "Replaces every field the owner writes; a field left out is cleared (tier, sincerity and keepInTouch"
                    + " go back to their defaults). Optional If-Match guards against lost updates.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The contact's id (a UUID); an unknown or malformed one is a 404.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"), example = ApiExamples.CONTACT_ID)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "Optional: the version you last read, as its ETag"
            + " (\"3\"). When it is not the current one, the answer is 412 and nothing changes.",
            schema = @Schema(type = SchemaType.STRING), example = "\"1\"")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactDraft.class),
            examples = @ExampleObject(name = "contact", value = ApiExamples.DRAFT)))
    @APIResponse(responseCode = "200", description = "The contact as it now is.",
            headers = @Header(name = "ETag", description = "The contact's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "contact", value = ApiExamples.CONTACT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ContactDraft draft) {
        return withETag(contacts.replace(owner.id(), contactId(id), IfMatch.parse(ifMatch), draft));
    }

    @Operation(operationId = "updateContact", summary = "Update some fields of a contact",
            description = "A JSON merge patch (RFC 7396): the fields given replace the contact's, a null removes one, the rest"
                    + " stay. The patched contact must still be valid. application/json is taken as a merge patch too.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The contact's id (a UUID); an unknown or malformed one is a 404.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"), example = ApiExamples.CONTACT_ID)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "Optional: the version you last read, as its ETag"
            + " (\"3\"). When it is not the current one, the answer is 412 and nothing changes.",
            schema = @Schema(type = SchemaType.STRING), example = "\"1\"")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "Any of ContactDraft's fields; null removes a field."),
                    examples = @ExampleObject(name = "patch", value = ApiExamples.PATCH)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "Any of ContactDraft's fields; null removes a field."),
                    examples = @ExampleObject(name = "patch", value = ApiExamples.PATCH))})
    @APIResponse(responseCode = "200", description = "The contact as it now is.",
            headers = @Header(name = "ETag", description = "The contact's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "contact", value = ApiExamples.CONTACT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return withETag(contacts.patch(owner.id(), contactId(id), IfMatch.parse(ifMatch),
                current -> patcher.apply(current, patch, ContactDraft.class)));
    }

    @Operation(operationId = "deleteContact", summary = "Delete a contact",
            description = "Erases the contact: it is gone everywhere, its interactions and insights included, through the events.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The contact's id (a UUID); an unknown or malformed one is a 404.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"), example = ApiExamples.CONTACT_ID)
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "Optional: the version you last read, as its ETag"
            + " (\"3\"). When it is not the current one, the answer is 412 and nothing changes.",
            schema = @Schema(type = SchemaType.STRING), example = "\"1\"")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        contacts.delete(owner.id(), contactId(id), IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }

    @Operation(operationId = "mergeContacts", summary = "Merge a duplicate into a contact",
            description = "Folds the duplicate's data and interactions into this contact and deletes the duplicate. Answers"
                    + " the contact as it now is.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The contact's id (a UUID); an unknown or malformed one is a 404.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"), example = ApiExamples.CONTACT_ID)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MergeRequest.class),
            examples = @ExampleObject(name = "merge", value = ApiExamples.MERGE)))
    @APIResponse(responseCode = "200", description = "The contact with the duplicate merged in.",
            headers = @Header(name = "ETag", description = "The contact's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "contact", value = ApiExamples.CONTACT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    /** Folds the duplicate into this contact; answers the contact as it now is. */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(@PathParam("id") String id, @NotNull @Valid MergeRequest request) {
        return withETag(merges.merge(owner.id(), contactId(id), request.duplicateId()));
    }

    /** The most ids one {@code ids=} batch may list: a page's worth. */
    static final int MAX_IDS = Paging.MAX_LIMIT;

    /**
     * Keyset-paged, in display-name order. Filters on unknown values answer an empty page. With {@code ids}, the
     * owner's contacts among those ids instead, in one unpaged answer; it combines with no other parameter.
     */
    @GET
    @Operation(operationId = "listContacts", summary = "List, search or batch-fetch contacts",
            description = "Keyset-paged, in display-name order. Accents and case never matter: `q=maria` finds "
                    + "\"María José\". Each word of `q` must start a word of the contact's names, organization, email "
                    + "addresses, location or culture; `community` and `tag` must equal one of the contact's labels; "
                    + "filters combine with AND, and a filter on an unknown value answers an empty page. `ids` instead "
                    + "fetches up to 200 contacts by id in one answer (no cursor): ids of other owners' or deleted "
                    + "contacts are simply absent. `ids` combines with no other parameter.")
    @APIResponse(responseCode = "200", description = "One page of contacts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.CONTACT_PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ContactView> list(
            @Parameter(description = "Words that each start a word of the names, organization, email addresses, "
                    + "location or culture, ignoring accents and case.", example = "maria gonz",
                    schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT))
            @QueryParam("q") String q,
            @Parameter(description = "Only contacts in this community, ignoring accents and case.",
                    example = "Jakarta founders", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT))
            @QueryParam("community") String community,
            @Parameter(description = "Only contacts with this tag, ignoring accents and case.", example = "coffee",
                    schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT))
            @QueryParam("tag") String tag,
            @Parameter(description = "Only contacts in this tier.", schema = @Schema(implementation = Tier.class),
                    example = "CLOSE") @QueryParam("tier") String tier,
            @Parameter(description = Paging.LIMIT_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200", defaultValue = "50"), example = "50") @QueryParam("limit") String limit,
            @Parameter(description = Paging.CURSOR_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Up to 200 distinct contact ids, separated by commas: answers those of them that "
                    + "are the caller's, in one page. Combines with no other parameter.",
                    example = "0b7e3f9c-2a4d-4c1e-9f0a-5d6b7c8e9f01,5f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36}){0,199}$"))
            @QueryParam("ids") String ids) {
        int year = contacts.currentYear();
        List<UUID> batch = QueryParams.uuids("ids", ids, MAX_IDS);
        if (batch != null) {
            if (Stream.of(q, community, tag, tier, limit, cursor).anyMatch(value -> value != null && !value.isEmpty())) {
                throw Paging.invalid("ids", "can't be combined with q, community, tag, tier, limit or cursor");
            }
            return new Page<>(contacts.findAll(owner.id(), batch).stream()
                    .map(contact -> ContactView.of(contact, year)).toList(), null);
        }
        int size = Paging.limit(limit);
        String[] after = Paging.decode(cursor, 2);
        ContactSearch search = new ContactSearch(QueryParams.text("q", q), QueryParams.text("community", community),
                QueryParams.text("tag", tag), QueryParams.enumValue("tier", tier, Tier.class),
                after == null ? null : after[0], after == null ? null : Paging.uuid(after[1]));
        return Page.of(contacts.search(owner.id(), search, size + 1).stream()
                        .map(contact -> ContactView.of(contact, year)).toList(),
                size, last -> Paging.encode(last.displayName(), last.id().toString()));
    }

    /** The schema of a page of contacts, for the document. */
    @Schema(name = "ContactPage", description = "A page of contacts.")
    record ContactPage(List<ContactView> items,
            @Schema(description = "Pass as `cursor` for the next page; null on the last page.", nullable = true)
            String nextCursor) {
    }

    private ContactView view(Contact contact) {
        return ContactView.of(contact, contacts.currentYear());
    }

    private Response withETag(Contact contact) {
        return Response.ok(view(contact)).header(HttpHeaders.ETAG, IfMatch.etag(contact.version)).build();
    }

    private static UUID contactId(String id) {
        return Ids.parseOrNotFound(id, "contact");
    }
}
