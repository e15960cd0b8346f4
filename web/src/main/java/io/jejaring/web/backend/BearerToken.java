package io.jejaring.web.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.jejaring.web.session.CurrentUser;

/**
 * Every call to a service carries the signed-in owner's token, so the service scopes it to them as it would any
 * client's. Register it on a client with {@code @RegisterClientHeaders(BearerToken.class)}.
 */
@ApplicationScoped
public class BearerToken implements ClientHeadersFactory {

    @Inject
    CurrentUser user;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + user.apiToken());
        return headers;
    }
}
