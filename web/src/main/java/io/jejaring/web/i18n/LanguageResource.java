package io.jejaring.web.i18n;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The language switch: a plain link, so it works without JavaScript and before signing in. */
@Path("/language")
public class LanguageResource {

    @GET
    @Path("{tag}")
    public Response choose(@PathParam("tag") String tag, @QueryParam("back") String back) {
        Locale locale = Languages.supported(tag);
        if (locale == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(locale.getLanguage()).path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds()).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(sameSite(back))).cookie(cookie).build();
    }

    /** Only a path of this site: never an open redirect. */
    static String sameSite(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        return back;
    }
}
