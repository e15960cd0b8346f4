package io.jejaring.web.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jejaring.web.testing.FakeServices;
import io.jejaring.web.today.InsightsClient.Reason;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Each reason code and its numbers make a sentence, in English and in Indonesian (the real bundles). */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ReasonsTest {

    private static String english(Reason reason) {
        return Reasons.inWords(reason, MessageBundles.get(TodayMessages.class, Localized.Literal.of("en")));
    }

    private static String indonesian(Reason reason) {
        return Reasons.inWords(reason, MessageBundles.get(TodayMessages.class, Localized.Literal.of("id")));
    }

    private static Reason reason(String code, Map<String, Number> numbers) {
        return new Reason(code, numbers, "the service's own sentence");
    }

    @Test
    void overdueSaysHowLatePastWhichCadence() {
        Reason late = reason("OVERDUE", Map.of("daysOverdue", 26, "cadenceDays", 30));
        assertThat(english(late)).isEqualTo("26 days past your 30-day cadence");
        assertThat(indonesian(late)).isEqualTo("lewat 26 hari dari irama 30 hari Anda");
        assertThat(english(reason("OVERDUE", Map.of("daysOverdue", 1, "cadenceDays", 7))))
                .isEqualTo("1 day past your 7-day cadence");
        assertThat(english(reason("OVERDUE", Map.of("daysOverdue", 0, "cadenceDays", 7))))
                .isEqualTo("due today on your 7-day cadence");
        assertThat(indonesian(reason("OVERDUE", Map.of("daysOverdue", 0, "cadenceDays", 7))))
                .isEqualTo("jatuh tempo hari ini menurut irama 7 hari Anda");
    }

    @Test
    void fadingSaysHowLongSinceLastInTouch() {
        Reason fading = reason("FADING", Map.of("daysSince", 25, "cadenceDays", 30));
        assertThat(english(fading)).isEqualTo("25 days since you were last in touch; your cadence is 30 days");
        assertThat(indonesian(fading)).isEqualTo("sudah 25 hari sejak terakhir Anda berkabar; irama Anda 30 hari");
    }

    @Test
    void aPromiseDueSaysWhenAheadOrHowLongAgo() {
        assertThat(english(reason("PROMISE_DUE", Map.of("daysUntilDue", 3))))
                .isEqualTo("a promise of yours to them is due in 3 days");
        assertThat(english(reason("PROMISE_DUE", Map.of("daysUntilDue", 1))))
                .isEqualTo("a promise of yours to them is due tomorrow");
        assertThat(english(reason("PROMISE_DUE", Map.of("daysUntilDue", 0))))
                .isEqualTo("a promise of yours to them is due today");
        assertThat(english(reason("PROMISE_DUE", Map.of("daysUntilDue", -2))))
                .isEqualTo("a promise of yours to them was due 2 days ago");
        assertThat(indonesian(reason("PROMISE_DUE", Map.of("daysUntilDue", 1))))
                .isEqualTo("janji Anda kepadanya jatuh tempo besok");
        assertThat(indonesian(reason("PROMISE_DUE", Map.of("daysUntilDue", -2))))
                .isEqualTo("janji Anda kepadanya sudah lewat 2 hari dari tenggatnya");
    }

    @Test
    void youOweSaysHowOftenTheyHelped() {
        Reason owed = reason("YOU_OWE", Map.of("received", 3, "gave", 0));
        assertThat(english(owed)).isEqualTo("they helped you 3 times; you haven't returned it yet");
        assertThat(indonesian(owed)).isEqualTo("ia sudah membantu Anda 3 kali; Anda belum membalasnya");
        assertThat(english(reason("YOU_OWE", Map.of("received", 1, "gave", 0))))
                .isEqualTo("they helped you 1 time; you haven't returned it yet");
    }

    @Test
    void aCodeThisPageDoesNotKnowYetShowsTheServicesSentence() {
        assertThat(english(reason("SOMETHING_NEW", Map.of()))).isEqualTo("the service's own sentence");
    }
}
