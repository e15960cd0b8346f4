package io.jejaring.insights.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jejaring.events.Channel;

class DecayParametersTest {

    @Test
    void theConfiguredOnesAreTheDesignsByDefault() {
        DecayParameters defaults = DecayParameters.of(Parameters.defaults());
        assertThat(defaults.halfLife()).isEqualTo(Duration.ofDays(90));
        assertThat(defaults.weight(Channel.IN_PERSON)).isEqualTo(3.0);
        assertThat(defaults.weight(Channel.SOCIAL)).isEqualTo(0.5);
    }

    @Test
    void aMissingChannelWeighsZeroSoBothSpellingsAreEqual() {
        Map<Channel, Double> some = Map.of(Channel.IN_PERSON, 3.0);
        Map<Channel, Double> all = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            all.put(channel, channel == Channel.IN_PERSON ? 3.0 : 0.0);
        }
        assertThat(new DecayParameters(Duration.ofDays(90), some)).isEqualTo(new DecayParameters(Duration.ofDays(90), all));
        assertThat(new DecayParameters(Duration.ofDays(90), some).weight(Channel.EMAIL)).isZero();
    }

    @Test
    void anotherHalfLifeOrWeightIsAnotherProjection() {
        DecayParameters defaults = DecayParameters.of(Parameters.defaults());
        Map<Channel, Double> heavierVideo = new EnumMap<>(defaults.channelWeights());
        heavierVideo.put(Channel.VIDEO, 2.5);
        assertThat(new DecayParameters(Duration.ofDays(60), defaults.channelWeights())).isNotEqualTo(defaults);
        assertThat(new DecayParameters(Duration.ofDays(90), heavierVideo)).isNotEqualTo(defaults);
    }
}
