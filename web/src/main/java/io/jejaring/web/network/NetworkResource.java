package io.jejaring.web.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;


import io.jejaring.web.backend.Fetched;
import io.jejaring.web.network.ReachClient.Day;
import io.jejaring.web.network.ReachClient.Reach;
import io.jejaring.web.page.Pages;
import io.jejaring.web.page.ScriptJson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The network in pictures: reach over time, the Dunbar layers, diversity, channels and the three gauges. */
@Path("/network")
@Produces(MediaType.TEXT_HTML)
public class NetworkResource {

    static final String INSIGHTS = "insights-service";
    /** Days of history plotted, today included; one page of the history answers them all. */
    static final int DAYS = 90;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance network(Fetched<ReachView> reach, Fetched<ReachSeries> history, String plotJson);
    }

    @Inject
    @RestClient
    ReachClient insights;

    @Inject
    ScriptJson scriptJson;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance network() {
        Fetched<Reach> reach = Fetched.from(INSIGHTS, insights::reach);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Fetched<List<Day>> days = Fetched.from(INSIGHTS,
                () -> insights.history(today.minusDays(DAYS - 1L), today, DAYS).items());
        Fetched<ReachSeries> history = days.map(items -> ReachSeries.of(items, reach.value()));
        String plotJson = history.isAvailable() ? scriptJson.of(history.value().plotData()) : null;
        return pages.render(Templates.network(reach.map(ReachView::new), history, plotJson));
    }

}
