package io.jejaring.web.session;

import java.time.Duration;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/** The session cookie: HttpOnly, SameSite=Strict, and Secure whenever the page came over TLS. */
public final class SessionCookie {

    public static final String NAME = "jejaring-session";

    private SessionCookie() {
    }

    static NewCookie of(Session session, Duration lifetime, UriInfo uri) {
        return builder(session.id(), uri).maxAge((int) lifetime.toSeconds()).build();
    }

    public static NewCookie expired(UriInfo uri) {
        return builder("", uri).maxAge(0).build();
    }

    private static NewCookie.Builder builder(String value, UriInfo uri) {
        return new NewCookie.Builder(NAME).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).secure("https".equals(uri.getRequestUri().getScheme()));
    }
}
