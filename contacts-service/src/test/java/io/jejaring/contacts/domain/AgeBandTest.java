package io.jejaring.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {

    @ParameterizedTest
    @CsvSource({"2010,<25", "2002,<25", "2001,25-34", "1992,25-34", "1991,35-44", "1982,35-44", "1981,45-54",
            "1972,45-54", "1971,55-64", "1962,55-64", "1961,65+", "1930,65+"})
    void bandsAgesAsOf2026(int birthYear, String band) {
        assertThat(AgeBand.of(birthYear, 2026)).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({"2026"})
    void unknownBirthYearHasNoBand(int year) {
        assertThat(AgeBand.of(null, year)).isNull();
    }
}
