package io.jejaring.plumbing.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.jejaring.plumbing.domain.DomainException;
import io.jejaring.plumbing.problem.DomainProblems;

class IfMatchTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"\"3\"", "3", "W/\"3\"", "*", " \"3\" "})
    void absentWildcardOrCurrentPasses(String header) {
        assertThatCode(() -> IfMatch.parse(header).check(3)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "\"4\"", "garbage", "\"\"", "\"3", "\"03\""})
    void staleOrUnparsableIs412(String header) {
        assertThatThrownBy(() -> IfMatch.parse(header).check(3)).isInstanceOf(DomainException.class)
                .extracting(e -> DomainProblems.of((DomainException) e).status()).isEqualTo(412);
    }
}
