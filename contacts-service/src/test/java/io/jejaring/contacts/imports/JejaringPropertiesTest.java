package io.jejaring.contacts.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jejaring.events.Tier;

class JejaringPropertiesTest {

    @Test
    void listsSurviveCommasBackslashesAndNewlines() {
        List<String> tags = List.of("a, b", "c\\d", "line\nbreak", "plain");

        String escaped = JejaringProperties.escapeList(tags);

        assertThat(escaped).doesNotContain("\n");
        assertThat(JejaringProperties.unescapeList(escaped)).isEqualTo(tags);
    }

    @Test
    void textSurvivesBackslashesAndNewlines() {
        String text = "first\\second\nthird, fourth; fifth";

        assertThat(JejaringProperties.unescape(JejaringProperties.escape(text))).isEqualTo(text);
    }

    @Test
    void invalidValuesAreNull() {
        assertThat(JejaringProperties.enumValue(Tier.class, "inner")).isEqualTo(Tier.INNER);
        assertThat(JejaringProperties.enumValue(Tier.class, "BESTIE")).isNull();
        assertThat(JejaringProperties.booleanValue("TRUE")).isTrue();
        assertThat(JejaringProperties.booleanValue("yes")).isNull();
        assertThat(JejaringProperties.intValue(" 30 ")).isEqualTo(30);
        assertThat(JejaringProperties.intValue("thirty")).isNull();
    }
}
