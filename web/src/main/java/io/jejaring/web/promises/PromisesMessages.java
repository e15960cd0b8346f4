package io.jejaring.web.promises;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Promises page's words, as {@code promises:key}: messages/promises_en.properties and promises_id.properties. */
@MessageBundle(value = "promises", locale = "en")
public interface PromisesMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String none();

    @Message
    String person();

    @Message
    String who();

    @Message
    String what();

    @Message
    String due();

    @Message
    String resolve();

    @Message
    String i_promised();

    @Message
    String they_promised();

    @Message
    String late();

    @Message
    String kept();

    @Message
    String broken();

    @Message
    String cancelled();

    @Message
    String which(String what, String name);

    @Message
    String resolved_KEPT();

    @Message
    String resolved_BROKEN();

    @Message
    String resolved_CANCELLED();

    @Message
    String refused(String detail);

    @Message
    String unavailable_now();

    @Message
    String next_page();
}
