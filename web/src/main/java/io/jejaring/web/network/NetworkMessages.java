package io.jejaring.web.network;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Network page's words, as {@code network:key}: messages/network_en.properties and network_id.properties. */
@MessageBundle(value = "network", locale = "en")
public interface NetworkMessages {

    @Message
    String title();

    @Message
    String intro();

    // Reach over time
    @Message
    String reach_heading();

    @Message
    String reach_plot_label(String from, String to, long activeFrom, long activeTo, long reachFrom, long reachTo);

    @Message
    String reach_no_history();

    @Message
    String reach_table_caption();

    @Message
    String figure();

    @Message
    String now();

    @Message
    String active_network();

    @Message
    String active_network_hint();

    @Message
    String second_degree_reach();

    @Message
    String second_degree_reach_hint();

    @Message
    String all_contacts();

    @Message
    String overdue();

    @Message
    String every_day();

    @Message
    String day();

    // Layers
    @Message
    String layers_heading();

    @Message
    String layers_intro();

    @Message
    String layer();

    @Message
    String people();

    @Message
    String layer_name(String layer);

    // Diversity
    @Message
    String diversity_heading();

    @Message
    String diversity_intro();

    @Message
    String dimension();

    @Message
    String dimension_name(String dimension);

    @Message
    String breadth();

    @Message
    String iqv();

    // Channels
    @Message
    String channels_heading();

    @Message
    String channels_intro(long interactions);

    @Message
    String channel();

    @Message
    String interactions();

    @Message
    String share();

    @Message
    String channel_name(String channel);

    // Gauges
    @Message
    String gauges_heading();

    @Message
    String reciprocity();

    @Message
    String reciprocity_sentence(Gauges.Balance tone, long me, long them);

    @Message
    String generosity();

    @Message
    String generosity_sentence(Gauges.Balance tone, long gave, long received);

    @Message
    String integrity();

    @Message
    String integrity_sentence(Gauges.Keeping tone, long kept, long broken, String rate);

    @Message
    String their_integrity();

    @Message
    String their_integrity_sentence(Gauges.Keeping tone, long kept, long broken, String rate);
}
