package io.jejaring.web.page;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.jejaring.web.session.CurrentUser;
import io.jejaring.web.session.Sessions;
import io.jejaring.web.session.SessionCookie;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What a person sees when something goes wrong: a page in their language that says what happened, never a stack
 * trace or a blank page. A service refusing the token (it expired) ends the session and asks to sign in again.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status);
    }

    @Inject
    Pages pages;

    @Inject
    CurrentUser user;

    @Inject
    Sessions sessions;

    @ServerExceptionMapper
    public Response serviceRefused(ClientWebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 401 && user.isSignedIn()) {
            sessions.close(user.sessionId());
            return Response.seeOther(URI.create("/signin")).cookie(SessionCookie.expired(uri)).build();
        }
        if (status == 404) {
            return page(404);
        }
        LOG.warnf("a service answered %d to a page's call", status);
        return page(502);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return page(web.getResponse().getStatus());
        }
        LOG.error("a page failed", e);
        return page(500);
    }

    private Response page(int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(pages.render(Templates.error(status))).build();
    }
}
