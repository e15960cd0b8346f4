package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DemoReportTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String AYU = "00000000-0000-0000-0000-00000000000a";
    static final String TOGAR = "00000000-0000-0000-0000-00000000000b";

    final DemoReport report = new DemoReport(Map.of(AYU, "Ayu Lestari", TOGAR, "Togar Siregar"));

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void reachFiguresAreRoundedForPeopleAndSecondDegreeReachIsExplained() {
        String text = report.reach(json("""
                {'totalContacts':150,'activeContacts':62,'secondDegreeReach':88,'overdueCount':17,
                 'layers':{'1':5,'2':10,'3':35,'4':12,'5':88},
                 'breadth':{'communities':8,'cultures':10,'ageBands':6},
                 'diversity':{'community':0.9999999999999999,'culture':0.9345678,'ageBand':0.5},
                 'reciprocity':{'me':120,'them':100,'initiationBalance':0.09090909090909091},
                 'generosity':{'gave':40,'received':60,'balance':-0.2}}"""));
        assertThat(text).contains("150 contacts, 62 active", "17 overdue")
                .contains("secondDegreeReach 88: the active contacts and everyone joined to one of them by a connection or an introduction")
                .contains("community 1.00, culture 0.93, age band 0.50").contains("balance +0.09").contains("balance -0.20")
                .contains("1: 5, 2: 10, 3: 35, 4: 12, 5: 88")
                .doesNotContainPattern("\\d\\.\\d{3}");
        assertThat(text.lines().filter(line -> line.contains("secondDegreeReach"))).hasSize(1);
    }

    @Test
    void promisesCountTheOpenOnesPastDueAndShowWholePercentages() {
        String text = report.promises(json("""
                {'kept':3,'broken':1,'keptRate':0.6,'theirKept':1,'theirBroken':2,'theirKeptRate':0.3333333333333333}"""),
                json("""
                {'items':[{'direction':'I_PROMISED','dueOn':'2026-11-27'},{'direction':'I_PROMISED','dueOn':'2026-12-04'},
                          {'direction':'THEY_PROMISED','dueOn':'2026-11-30'}],'nextCursor':null}"""),
                LocalDate.parse("2026-12-01"));
        assertThat(text).contains("yours:  3 kept, 1 broken, 1 open past due: 60% kept")
                .contains("theirs: 1 kept, 2 broken, 1 open past due: 33% kept");
    }

    @Test
    void onlyTheSincerityFlagsAreListedWithTheCountsBehindThem() {
        String text = report.sincerityFlags(List.of(
                json("{'contactId':'" + TOGAR + "','flags':['OVERDUE','ONE_SIDED'],"
                        + "'balances':{'me':0,'them':5,'gave':5,'received':0}}"),
                json("{'contactId':'" + AYU + "','flags':['YOU_OWE'],'balances':{'me':2,'them':2,'gave':0,'received':4}}"),
                json("{'contactId':'" + AYU + "','flags':['FADING'],'balances':{'me':1,'them':1,'gave':1,'received':1}}")));
        assertThat(text).containsPattern("Togar Siregar +ONE_SIDED +5 +0 +5 +0")
                .containsPattern("Ayu Lestari +YOU_OWE +0 +4 +2 +2")
                .doesNotContain("FADING").doesNotContain("OVERDUE");
        assertThat(text).contains("ONE_SIDED: they reach out").contains("YOU_OWE: they helped you");
    }

    @Test
    void overdueTableNamesPeopleAndSaysHowManyMoreAreOverdue() {
        String text = report.overdue(json("{'items':[{'contactId':'" + AYU + "','daysOverdue':12,'cadenceDays':30,'layer':2},"
                + "{'contactId':'unknown-id','daysOverdue':3,'cadenceDays':90,'layer':4}],'nextCursor':'x'}"), 14);
        assertThat(text).containsPattern("Ayu Lestari +12 +30d +2").contains("unknown-id").endsWith("  ... and 12 more\n");
    }

    @Test
    void suggestionsAreCutToTheirRowsWithPrioritiesRounded() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < DemoReport.SUGGESTION_ROWS + 3; i++) {
            items.append(i == 0 ? "" : ",").append("{'contactId':'" + AYU + "','priority':4.999999999999999,"
                    + "'reasons':[{'text':'42 days past your 30-day cadence'},{'text':'you owe them'}]}");
        }
        String text = report.suggestions(json("{'items':[" + items + "],'nextCursor':null}"));
        assertThat(text).contains("5.0  42 days past your 30-day cadence; you owe them").doesNotContain("4.99")
                .endsWith("  ... and 3 more\n");
    }

    @Test
    void theAlreadySeededMessageSaysWhyAndSuggestsFresh() {
        assertThat(DemoReport.alreadySeeded("demo-owner", 12, false))
                .contains("Not seeding the demo network: owner 'demo-owner' already has 12 contacts")
                .contains("./jejaring up --fresh --demo");
        assertThat(DemoReport.alreadySeeded("demo-owner", 200, true)).contains("already has at least 200 contacts");
        assertThat(DemoReport.alreadySeeded("demo-owner", 1, false)).contains("already has 1 contact.");
    }
}
