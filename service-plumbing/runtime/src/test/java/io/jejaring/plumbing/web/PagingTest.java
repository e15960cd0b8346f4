package io.jejaring.plumbing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jejaring.plumbing.problem.ProblemException;

class PagingTest {

    @Test
    void limitDefaultsTo50AndAccepts1To200() {
        assertThat(Paging.limit(null)).isEqualTo(50);
        assertThat(Paging.limit("1")).isEqualTo(1);
        assertThat(Paging.limit("200")).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-1", "7.9", "ten", "99999999999"})
    void otherLimitsAre400(String limit) {
        assertThatThrownBy(() -> Paging.limit(limit)).isInstanceOf(ProblemException.class);
    }

    @Test
    void cursorsRoundTripAnyText() {
        String cursor = Paging.encode("Ayu | 100% \u001e", "42");
        assertThat(Paging.decode(cursor, 2)).containsExactly("Ayu | 100% \u001e", "42");
        assertThat(Paging.decode(null, 2)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!", "YQ", "%%%"})
    void foreignCursorsAre400(String cursor) {
        assertThatThrownBy(() -> Paging.decode(cursor, 2)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aPageShowsLimitRowsAndPointsAfterTheLast() {
        assertThat(Page.of(List.of(1, 2, 3), 2, String::valueOf)).isEqualTo(new Page<>(List.of(1, 2), "2"));
        assertThat(Page.of(List.of(1, 2), 2, String::valueOf)).isEqualTo(new Page<>(List.of(1, 2), null));
    }
}
