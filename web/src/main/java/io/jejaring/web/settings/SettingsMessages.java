package io.jejaring.web.settings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The settings page's words, as {@code settings:key}: messages/settings_en.properties and settings_id. */
@MessageBundle(value = "settings", locale = "en")
public interface SettingsMessages {

    @Message
    String title();

    @Message
    String zone_heading();

    @Message
    String zone_help();

    @Message
    String zone_current(String zone, String now);

    @Message
    String zone_label();

    @Message
    String group_indonesia();

    @Message
    String group_all();

    @Message
    String save();

    @Message
    String saved();

    @Message
    String unknown_zone();

    @Message
    String back_to_transfer();
}
