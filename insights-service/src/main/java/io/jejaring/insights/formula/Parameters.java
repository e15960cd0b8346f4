package io.jejaring.insights.formula;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.jejaring.events.Channel;

/**
 * Every tunable number of the insight formulas, in one place. {@link #defaults()} are the design's values;
 * the service reads overrides from {@code jejaring.insights.*}.
 */
public record Parameters(
        Duration halfLife,
        Map<Channel, Double> channelWeights,
        double strengthThreshold,
        List<Integer> layerBounds,
        List<Integer> layerWeights,
        Duration activeWindow,
        Duration reciprocityWindow,
        double fadingRatio,
        int oneSidedMinimum,
        int youOweMinimum,
        Duration promiseHorizon) {

    public static Parameters defaults() {
        Map<Channel, Double> weights = new EnumMap<>(Channel.class);
        weights.put(Channel.IN_PERSON, 3.0);
        weights.put(Channel.VIDEO, 2.0);
        weights.put(Channel.PHONE, 2.0);
        weights.put(Channel.MESSAGE, 1.0);
        weights.put(Channel.EMAIL, 1.0);
        weights.put(Channel.SOCIAL, 0.5);
        return new Parameters(Duration.ofDays(90), weights, 0.05, List.of(5, 15, 50, 150), List.of(5, 4, 3, 2, 1),
                Duration.ofDays(90), Duration.ofDays(365), 0.75, 3, 3, Duration.ofDays(7));
    }

    public double weight(Channel channel) {
        return channelWeights.getOrDefault(channel, 0.0);
    }

    /** The layer weight used by suggestions: 5 for layer 1 down to 1 for layer 5. */
    public int layerWeight(int layer) {
        return layerWeights.get(layer - 1);
    }
}
