package io.jejaring.insights.formula;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.jejaring.events.Channel;

/**
 * The parameters a stored strength depends on: the half-life (in each term's mass) and the channel weights (in
 * each interaction's weight share). Strengths built with other ones must be recomputed before they are read.
 */
public record DecayParameters(Duration halfLife, Map<Channel, Double> channelWeights) {

    /** Every channel is present, a missing one as 0 (as {@link Parameters#weight} reads it), so equal means same. */
    public DecayParameters {
        Map<Channel, Double> all = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            all.put(channel, channelWeights.getOrDefault(channel, 0.0));
        }
        channelWeights = Map.copyOf(all);
    }

    public static DecayParameters of(Parameters parameters) {
        return new DecayParameters(parameters.halfLife(), parameters.channelWeights());
    }

    public double weight(Channel channel) {
        return channelWeights.get(channel);
    }

    @Override
    public String toString() {
        return "half-life " + halfLife + ", weights " + new EnumMap<>(channelWeights);
    }
}
