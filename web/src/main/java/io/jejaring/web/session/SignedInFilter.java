package io.jejaring.web.session;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every page but the sign-in ones needs a session: without one, a page read goes to the sign-in page and anything
 * else gets a 401.
 */
public class SignedInFilter {

    private static final List<String> OPEN = List.of("signin", "signed-out", "language");

    @Inject
    Sessions sessions;

    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public Response requireSession(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        sessions.find(cookie == null ? null : cookie.getValue()).ifPresent(user::signIn);
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (user.isSignedIn() || OPEN.stream().anyMatch(open -> path.equals(open) || path.startsWith(open + "/"))) {
            return null;
        }
        if (HttpMethod.GET.equals(request.getMethod())) {
            return Response.seeOther(URI.create("/signin")).build();
        }
        return Response.status(Response.Status.UNAUTHORIZED).build();
    }
}
