package io.jejaring.contacts.api;

import java.net.URI;
import java.util.UUID;

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid ContactDraft draft) {
        Contact contact = contacts.create(owner.id(), draft);
        return Response.created(URI.create("/api/v1/contacts/" + contact.id)).entity(view(contact))
                .header(HttpHeaders.ETAG, IfMatch.etag(contact.version)).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return withETag(contacts.find(owner.id(), contactId(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ContactDraft draft) {
        return withETag(contacts.replace(owner.id(), contactId(id), IfMatch.parse(ifMatch), draft));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return withETag(contacts.patch(owner.id(), contactId(id), IfMatch.parse(ifMatch),
                current -> patcher.apply(current, patch, ContactDraft.class)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        contacts.delete(owner.id(), contactId(id), IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }

    /** Folds the duplicate into this contact; answers the contact as it now is. */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(@PathParam("id") String id, @NotNull @Valid MergeRequest request) {
        return withETag(merges.merge(owner.id(), contactId(id), request.duplicateId()));
    }

    /** Keyset-paged, in display-name order. Filters on unknown values answer an empty page. */
    @GET
    public Page<ContactView> list(@QueryParam("q") String q, @QueryParam("community") String community,
            @QueryParam("tag") String tag, @QueryParam("tier") String tier, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        String[] after = Paging.decode(cursor, 2);
        ContactSearch search = new ContactSearch(QueryParams.text("q", q), QueryParams.text("community", community),
                QueryParams.text("tag", tag), QueryParams.enumValue("tier", tier, Tier.class),
                after == null ? null : after[0], after == null ? null : Paging.uuid(after[1]));
        int year = contacts.currentYear();
        return Page.of(contacts.search(owner.id(), search, size + 1).stream()
                        .map(contact -> ContactView.of(contact, year)).toList(),
                size, last -> Paging.encode(last.displayName(), last.id().toString()));
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
