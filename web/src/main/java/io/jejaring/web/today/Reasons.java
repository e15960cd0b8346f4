package io.jejaring.web.today;

import io.jejaring.web.today.InsightsClient.Reason;

/**
 * A suggestion's reason in the page's language: its code and numbers make the sentence, so the words are ours
 * (the service's own {@code text} is English, and is shown only for a code this page does not know yet).
 */
final class Reasons {

    private Reasons() {
    }

    static String inWords(Reason reason, TodayMessages words) {
        String code = reason.code() == null ? "" : reason.code();
        switch (code) {
            case "OVERDUE": {
                int late = reason.number("daysOverdue");
                int cadence = reason.number("cadenceDays");
                return late == 0 ? words.reason_overdue_today(cadence) : words.reason_overdue(late, cadence);
            }
            case "FADING":
                return words.reason_fading(reason.number("daysSince"), reason.number("cadenceDays"));
            case "PROMISE_DUE": {
                int days = reason.number("daysUntilDue");
                return days > 1 ? words.reason_promise_due_in(days)
                        : days == 1 ? words.reason_promise_due_tomorrow()
                        : days == 0 ? words.reason_promise_due_today()
                        : words.reason_promise_was_due(-days);
            }
            case "YOU_OWE":
                return words.reason_you_owe(reason.number("received"));
            default:
                return reason.text() == null ? code : reason.text();
        }
    }
}
