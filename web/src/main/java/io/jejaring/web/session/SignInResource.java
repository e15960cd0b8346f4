package io.jejaring.web.session;

import java.net.URI;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.jejaring.web.page.Pages;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Signing in with a one-time link, and signing out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signin(boolean refused);

        static native TemplateInstance welcome();

        static native TemplateInstance signedOut();
    }

    @Inject
    LocalSignIn localSignIn;

    @Inject
    Sessions sessions;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @ConfigProperty(name = "jejaring.web.signin")
    SignInMode mode;

    /** How people sign in: one-time links on the local stack, an identity provider's code flow in Kubernetes. */
    public enum SignInMode {
        local, oidc
    }

    /**
     * With a code: exchanges it for a session and sends the browser on with a page of its own, since a browser
     * holds back a SameSite=Strict cookie on a redirect that a link in another site started. Without one: how to
     * get a link.
     */
    @GET
    @Path("signin")
    public Response signIn(@QueryParam("code") String code, @Context UriInfo uri) {
        if (mode == SignInMode.oidc) {
            return Response.seeOther(URI.create("/signin/oidc")).build();
        }
        if (code == null) {
            return Response.ok(pages.render(Templates.signin(false))).build();
        }
        return localSignIn.redeem(code)
                .map(owner -> sessions.open(owner, localSignIn.apiToken(owner, sessions.lifetime())))
                .map(session -> Response.ok(pages.render(Templates.welcome()))
                        .cookie(SessionCookie.of(session, sessions.lifetime(), uri))
                        .header("Cache-Control", "no-store").build())
                .orElseGet(() -> Response.status(Response.Status.UNAUTHORIZED)
                        .entity(pages.render(Templates.signin(true))).build());
    }

    @Inject
    Instance<OidcSession> oidcSession;

    @POST
    @Path("signout")
    public Response signOut(@Context UriInfo uri) {
        sessions.close(user.sessionId());
        if (mode == SignInMode.oidc) {
            oidcSession.get().logout().await().indefinitely();
        }
        return Response.seeOther(URI.create("/signed-out")).cookie(SessionCookie.expired(uri)).build();
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return pages.render(Templates.signedOut());
    }
}
