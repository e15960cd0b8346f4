package io.jejaring.web.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.jejaring.web.page.Pages;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.Authenticated;

/**
 * Signing in through an identity provider (Kubernetes, {@code JEJARING_WEB_SIGNIN=oidc}): quarkus-oidc runs the
 * code flow to reach this page; the ID token's {@code sub} is the owner, and the access token is what web calls the
 * services with (they trust the same issuer). From here on the session is web's own, as with a local link.
 */
@Path("/signin/oidc")
@Produces(MediaType.TEXT_HTML)
public class OidcSignIn {

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    Sessions sessions;

    @Inject
    Pages pages;

    @GET
    @Authenticated
    public Response signIn(@Context UriInfo uri) {
        Session session = sessions.open(idToken.getSubject(), accessToken.getToken());
        return Response.ok(pages.render(SignInResource.Templates.welcome()))
                .cookie(SessionCookie.of(session, sessions.lifetime(), uri))
                .header("Cache-Control", "no-store").build();
    }
}
