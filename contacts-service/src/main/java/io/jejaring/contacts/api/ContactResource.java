package io.jejaring.contacts.api;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.jejaring.contacts.domain.Contact;
import io.jejaring.contacts.domain.ContactService;
import io.jejaring.plumbing.owner.CurrentOwner;
import io.jejaring.plumbing.problem.ProblemException;
import io.jejaring.plumbing.web.Ids;
import io.quarkus.security.Authenticated;

@Path("/api/v1/contacts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    @Inject
    ContactService contacts;

    @Inject
    CurrentOwner owner;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid ContactRequest request) {
        Contact contact = contacts.create(owner.id(), request.displayName(), request.tier(), request.cadenceDays());
        return Response.created(URI.create("/api/v1/contacts/" + contact.id))
                .tag(new EntityTag(String.valueOf(contact.version)))
                .entity(ContactResponse.of(contact))
                .build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        UUID contactId = Ids.parseOrNotFound(id, "contact");
        Contact contact = contacts.find(owner.id(), contactId)
                .orElseThrow(() -> ProblemException.notFound("contact"));
        return Response.ok(ContactResponse.of(contact)).tag(new EntityTag(String.valueOf(contact.version))).build();
    }
}
