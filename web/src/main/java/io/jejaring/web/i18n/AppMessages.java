package io.jejaring.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the layout and sign-in pages, as {@code msg:key} in templates. The words are in
 * messages/msg_en.properties and msg_id.properties; each page area has a bundle of its own the same way.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    @Message
    String app_name();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_today();

    @Message
    String nav_network();

    @Message
    String nav_people();

    @Message
    String nav_promises();

    @Message
    String nav_import();

    @Message
    String nav_settings();

    @Message
    String language_label();

    @Message
    String sign_out();

    @Message
    String signin_title();

    @Message
    String signin_how();

    @Message
    String signin_refused();

    @Message
    String welcome_title();

    @Message
    String welcome_continue();

    @Message
    String signed_out_title();

    @Message
    String signed_out_again();

    @Message
    String unavailable(String part);

    @Message
    String error_title();

    @Message
    String error_explained();

    @Message
    String error_not_found_title();

    @Message
    String error_not_found();
}
