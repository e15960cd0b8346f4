package io.jejaring.web.settings;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.jejaring.web.page.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The owner's settings: their time zone, which every date on every page is written in. It starts as the browser's
 * (static/app.js sets the cookie when there is none) and the owner can choose another here.
 */
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(String zone, String now, List<String> indonesia, List<String> others,
                boolean saved, boolean refused);
    }

    @Inject
    Pages pages;

    @GET
    public TemplateInstance page(@QueryParam("saved") boolean saved) {
        return render(saved, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm("zone") String zone) {
        if (!TimeZones.isKnown(zone)) {
            return Response.status(Response.Status.BAD_REQUEST).entity(render(false, true))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
        // URL-encoded as static/app.js writes it, and not HttpOnly since app.js looks for it; it holds nothing but
        // a zone name from the list.
        NewCookie cookie = new NewCookie.Builder(Pages.ZONE_COOKIE).value(URLEncoder.encode(zone, StandardCharsets.UTF_8))
                .path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds()).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create("/settings?saved=true")).cookie(cookie).build();
    }

    private TemplateInstance render(boolean saved, boolean refused) {
        return pages.render(Templates.settings(shown(pages.zone()), pages.dateTime(Instant.now()), TimeZones.INDONESIA,
                TimeZones.OTHERS, saved, refused));
    }

    /** The zone by the name the list has for it: the pages' default, UTC, is the offset Z to Java. */
    static String shown(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
