package io.jejaring.web.today;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Today page's words, as {@code today:key}: messages/today_en.properties and today_id.properties. */
@MessageBundle(value = "today", locale = "en")
public interface TodayMessages {

    @Message
    String title();

    @Message
    String overdue_heading();

    @Message
    String overdue_none();

    @Message
    String person();

    @Message
    String days_overdue();

    @Message
    String cadence();

    @Message
    String layer();

    @Message
    String days(int days);

    @Message
    String cadence_every(int days);

    @Message
    String layer_1();

    @Message
    String layer_2();

    @Message
    String layer_3();

    @Message
    String layer_4();

    @Message
    String layer_5();

    @Message
    String suggestions_heading();

    @Message
    String suggestions_none();

    @Message
    String why();

    @Message
    String reason_overdue(int days, int cadence);

    @Message
    String reason_overdue_today(int cadence);

    @Message
    String reason_fading(int days, int cadence);

    @Message
    String reason_promise_due_in(int days);

    @Message
    String reason_promise_due_tomorrow();

    @Message
    String reason_promise_due_today();

    @Message
    String reason_promise_was_due(int days);

    @Message
    String reason_you_owe(int received);

    @Message
    String promises_heading();

    @Message
    String promises_none();

    @Message
    String promise_who();

    @Message
    String promise_what();

    @Message
    String promise_due();

    @Message
    String i_promised();

    @Message
    String they_promised();

    @Message
    String log_heading();

    @Message
    String log_prefix();

    @Message
    String log_with(String name);

    @Message
    String channel_IN_PERSON();

    @Message
    String channel_PHONE();

    @Message
    String channel_MESSAGE();

    @Message
    String channel_EMAIL();

    @Message
    String channel_VIDEO();

    @Message
    String help_via();

    @Message
    String helped_gave();

    @Message
    String helped_gave_whom(String name);

    @Message
    String helped_received();

    @Message
    String helped_received_whom(String name);

    @Message
    String logged_channel(String what, String name);

    @Message
    String logged_gave(String name);

    @Message
    String logged_received(String name);

    @Message
    String log_refused(String detail);

    @Message
    String log_unavailable();
}
