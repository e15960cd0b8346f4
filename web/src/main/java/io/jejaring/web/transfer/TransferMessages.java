package io.jejaring.web.transfer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The import and export page's words, as {@code transfer:key}: messages/transfer_en.properties and transfer_id. */
@MessageBundle(value = "transfer", locale = "en")
public interface TransferMessages {

    @Message
    String title();

    @Message
    String settings_link();

    @Message
    String import_heading();

    @Message
    String import_help(long megabytes);

    @Message
    String file_label();

    @Message
    String import_button();

    @Message
    String import_no_file();

    @Message
    String import_too_large(long megabytes);

    @Message
    String import_unknown_kind();

    @Message
    String import_rejected(String detail);

    @Message
    String import_unavailable(String part);

    @Message
    String result_heading();

    @Message
    String result_caption(String file);

    @Message
    String kind_vcard();

    @Message
    String kind_google();

    @Message
    String kind_linkedin();

    @Message
    String kind_csv();

    @Message
    String col_line();

    @Message
    String col_outcome();

    @Message
    String col_details();

    @Message
    String whole_file();

    @Message
    String outcome_created();

    @Message
    String outcome_skipped();

    @Message
    String outcome_refused();

    @Message
    String created(int count);

    @Message
    String skipped(int count);

    @Message
    String refused_none();

    @Message
    String refused_count(long count);

    @Message
    String export_heading();

    @Message
    String export_help();

    @Message
    String export_vcard();

    @Message
    String export_json();

    @Message
    String export_unavailable(String part);

    @Message
    String erase_heading();

    @Message
    String erase_help();

    @Message
    String erase_word();

    @Message
    String erase_label(String word);

    @Message
    String erase_button();

    @Message
    String erase_wrong_word(String word);

    @Message
    String erase_done();

    @Message
    String erase_rejected(String detail);

    @Message
    String erase_unavailable(String part);
}
