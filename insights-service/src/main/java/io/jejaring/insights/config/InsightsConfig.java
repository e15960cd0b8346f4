package io.jejaring.insights.config;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.jejaring.events.Channel;
import io.jejaring.insights.formula.Parameters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code jejaring.insights.*}: the formulas' parameters, defaulting to the design's values. */
@ConfigMapping(prefix = "jejaring.insights")
public interface InsightsConfig {

    @WithDefault("P90D")
    Duration halfLife();

    /** Channel weights, e.g. {@code jejaring.insights.weights.in-person=3}. */
    Weights weights();

    @WithDefault("0.05")
    double strengthThreshold();

    @WithDefault("5,15,50,150")
    List<Integer> layerBounds();

    @WithDefault("5,4,3,2,1")
    List<Integer> layerWeights();

    @WithDefault("P90D")
    Duration activeWindow();

    @WithDefault("P365D")
    Duration reciprocityWindow();

    @WithDefault("0.75")
    double fadingRatio();

    @WithDefault("3")
    int oneSidedMinimum();

    @WithDefault("3")
    int youOweMinimum();

    @WithDefault("P7D")
    Duration promiseHorizon();

    interface Weights {
        @WithDefault("3")
        double inPerson();

        @WithDefault("2")
        double video();

        @WithDefault("2")
        double phone();

        @WithDefault("1")
        double message();

        @WithDefault("1")
        double email();

        @WithDefault("0.5")
        double social();
    }

    /** The parameters as the pure formulas take them. */
    class Producer {

        @Produces
        @Singleton
        Parameters parameters(InsightsConfig config) {
            Weights w = config.weights();
            Map<Channel, Double> weights = new EnumMap<>(Map.of(Channel.IN_PERSON, w.inPerson(), Channel.VIDEO, w.video(),
                    Channel.PHONE, w.phone(), Channel.MESSAGE, w.message(), Channel.EMAIL, w.email(), Channel.SOCIAL, w.social()));
            return new Parameters(config.halfLife(), weights, config.strengthThreshold(), config.layerBounds(),
                    config.layerWeights(), config.activeWindow(), config.reciprocityWindow(), config.fadingRatio(),
                    config.oneSidedMinimum(), config.youOweMinimum(), config.promiseHorizon());
        }
    }
}
