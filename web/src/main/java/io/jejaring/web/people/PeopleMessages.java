package io.jejaring.web.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The People pages' words, as {@code people:key}: messages/people_en.properties and people_id.properties. */
@MessageBundle(value = "people", locale = "en")
public interface PeopleMessages {

    @Message
    String list_title();

    @Message
    String search_legend();

    @Message
    String search_q();

    @Message
    String filter_community();

    @Message
    String filter_tag();

    @Message
    String filter_tier();

    @Message
    String tier_any();

    @Message
    String search_button();

    @Message
    String add_person();

    @Message
    String col_name();

    @Message
    String col_organization();

    @Message
    String col_tier();

    @Message
    String col_communities();

    @Message
    String none_found();

    @Message
    String next_page();

    @Message
    String first_page();

    @Message
    String tier(String tier);

    @Message
    String sincerity(String sincerity);

    @Message
    String details_heading();

    @Message
    String organization();

    @Message
    String job_title();

    @Message
    String given_name();

    @Message
    String family_name();

    @Message
    String display_name();

    @Message
    String emails();

    @Message
    String phones();

    @Message
    String communities();

    @Message
    String tags();

    @Message
    String culture();

    @Message
    String birth_year();

    @Message
    String age_band();

    @Message
    String location();

    @Message
    String how_we_met();

    @Message
    String introduced_by();

    @Message
    String cadence();

    @Message
    String cadence_days(int days);

    @Message
    String cadence_own();

    @Message
    String keep_in_touch();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String sincerity_label();

    @Message
    String notes();

    @Message
    String relationship_heading();

    @Message
    String strength_now();

    @Message
    String strength_explain();

    @Message
    String layer_label();

    @Message
    String layer(int layer);

    @Message
    String last_interaction();

    @Message
    String never();

    @Message
    String due();

    @Message
    String not_kept();

    @Message
    String initiation(int me, int them);

    @Message
    String exchange_balance(int gave, int received);

    @Message
    String flags_heading();

    @Message
    String flag(String flag, String name);

    @Message
    String no_flags();

    @Message
    String no_insights();

    @Message
    String timeline_heading();

    @Message
    String col_when();

    @Message
    String col_channel();

    @Message
    String col_initiated();

    @Message
    String col_exchange();

    @Message
    String col_summary();

    @Message
    String col_with();

    @Message
    String channel(String channel);

    @Message
    String initiated(String initiatedBy, String name);

    @Message
    String exchange(String exchange);

    @Message
    String timeline_none();

    @Message
    String connections_heading();

    @Message
    String col_person();

    @Message
    String col_kind();

    @Message
    String kind(String kind);

    @Message
    String connections_none();

    @Message
    String promises_heading();

    @Message
    String col_direction();

    @Message
    String col_promise();

    @Message
    String col_due();

    @Message
    String col_status();

    @Message
    String direction(String direction, String name);

    @Message
    String status(String status);

    @Message
    String promises_none();

    @Message
    String actions_label(String name);

    @Message
    String edit_person(String name);

    @Message
    String merge_person(String name);

    @Message
    String delete_person(String name);

    @Message
    String new_title();

    @Message
    String edit_title(String name);

    @Message
    String emails_hint();

    @Message
    String phones_hint();

    @Message
    String comma_hint();

    @Message
    String save();

    @Message
    String cancel();

    @Message
    String problems_heading();

    @Message
    String conflict();

    @Message
    String current_heading();

    @Message
    String whole_number();

    @Message
    String delete_title(String name);

    @Message
    String delete_warning(String name);

    @Message
    String delete_confirm(String name);

    @Message
    String delete_cancel(String name);

    @Message
    String merge_title(String name);

    @Message
    String merge_explain(String name);

    @Message
    String merge_search();

    @Message
    String merge_candidates();

    @Message
    String merge_none();

    @Message
    String merge_button(String name);

    @Message
    String merge_choose();

    @Message
    String merge_refused(String detail);

    @Message
    String not_found_title();

    @Message
    String not_found_text();

    @Message
    String back_to_people();

    @Message
    String strength_history_heading();

    @Message
    String strength_plot_label(String from, String to, String start, String end, String peak, String peakDay);

    @Message
    String strength_table_summary();

    @Message
    String strength_table_caption(String from, String to);

    @Message
    String col_day();

    @Message
    String col_strength();
}
