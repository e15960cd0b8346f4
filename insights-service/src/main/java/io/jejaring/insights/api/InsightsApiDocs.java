package io.jejaring.insights.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jejaring.insights.domain.OverdueRelationship;
import io.jejaring.insights.domain.ReachDay;
import io.jejaring.insights.domain.Suggestion;

/**
 * The texts, examples and list schemas of this service's OpenAPI document. {@code Page<T>} is generic, and a
 * response annotation can name a class only, so each list's page is described by a record of the same shape.
 */
final class InsightsApiDocs {

    static final String NEXT_CURSOR = "Pass it as `cursor` to get the next page; null on the last page.";

    @Schema(name = "OverduePage", description = "One page of overdue relationships.", requiredProperties = {"items", "nextCursor"})
    record OverduePage(List<OverdueRelationship> items, @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }

    @Schema(name = "SuggestionPage", description = "The suggestions, highest priority first.",
            requiredProperties = {"items", "nextCursor"})
    record SuggestionPage(List<Suggestion> items,
            @Schema(description = "Always null: suggestions are a ranked top-`limit`, not pages.", nullable = true)
            String nextCursor) {
    }

    @Schema(name = "ReachHistoryPage", description = "One page of daily reach snapshots.", requiredProperties = {"items", "nextCursor"})
    record ReachHistoryPage(List<ReachDay> items, @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }


    static final String REACH = """
            {"totalContacts":42,"activeContacts":18,"secondDegreeReach":57,\
            "layers":{"1":3,"2":6,"3":9,"4":12,"5":12},"breadth":{"communities":5,"cultures":3,"ageBands":4},\
            "diversity":{"community":0.72,"culture":0.48,"ageBand":0.66},\
            "channelMix":{"IN_PERSON":14,"PHONE":6,"VIDEO":4,"EMAIL":9,"MESSAGE":11,"SOCIAL":3},\
            "reciprocity":{"me":25,"them":22,"initiationBalance":0.06},\
            "generosity":{"gave":12,"received":9,"balance":0.14},\
            "integrity":{"kept":7,"broken":1,"keptRate":0.88,"theirKept":4,"theirBroken":2,"theirKeptRate":0.67},\
            "overdueCount":5,"computedAt":"2026-03-02T09:00:00Z"}""";
    static final String OVERDUE_PAGE = """
            {"items":[{"contactId":"0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10","lastInteractionAt":"2026-01-05T10:00:00Z",\
            "dueAt":"2026-02-04T10:00:00Z","daysOverdue":26,"overdueRatio":1.87,"cadenceDays":30,"layer":2,\
            "strength":0.41}],"nextCursor":null}""";
    static final String RELATIONSHIP = """
            {"contactId":"0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10","strength":0.41,"layer":2,\
            "lastInteractionAt":"2026-01-05T10:00:00Z","dueAt":"2026-02-04T10:00:00Z","overdueRatio":1.87,\
            "daysOverdue":26,"cadenceDays":30,"keepInTouch":true,\
            "balances":{"me":1,"them":5,"gave":0,"received":4,"initiation":-0.67,"exchange":-1.0},\
            "commitments":{"mine":{"kept":1,"broken":0,"open":1,"openPastDue":1,"keptRate":1.0},\
            "theirs":{"kept":2,"broken":0,"open":0,"openPastDue":0,"keptRate":1.0}},\
            "flags":["OVERDUE","YOU_OWE"]}""";
    static final String SUGGESTIONS = """
            {"items":[{"contactId":"0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10","priority":2.4,"layer":2,\
            "overdueRatio":1.87,"reasons":[{"code":"OVERDUE","numbers":{"daysOverdue":26,"cadenceDays":30},\
            "text":"26 days past your 30-day cadence"}]}],"nextCursor":null}""";
    static final String HISTORY = "{\"items\":[{\"day\":\"2026-03-01\",\"figures\":" + REACH + "}],\"nextCursor\":null}";
    static final String STRENGTH_HISTORY = """
            {"contactId":"0b6c1c1e-4f2a-4c38-9a57-3f1d2b8e9a10","points":[{"date":"2026-02-24","strength":0.0},\
            {"date":"2026-02-25","strength":0.0},{"date":"2026-02-26","strength":2.977},\
            {"date":"2026-02-27","strength":2.9542},{"date":"2026-02-28","strength":2.9316},\
            {"date":"2026-03-01","strength":2.9091},{"date":"2026-03-02","strength":3.8927}]}""";
    static final String REBUILD = """
            {"status":"rebuilding","partitions":6}""";

    private InsightsApiDocs() {
    }
}
