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
}
