package io.jejaring.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SuggestionOrderTest {

    static Suggestion suggestion(String contactId, double priority) {
        return new Suggestion(UUID.fromString(contactId), priority, 5, 1.0, List.of());
    }

    @Test
    void tiesBreakOnTheContactIdAsAStringLikeOverdue() {
        // UUID.compareTo would put the 8… id first: its most significant half is negative as a long
        Suggestion high = suggestion("80000000-0000-0000-0000-000000000000", 2.0);
        Suggestion low = suggestion("00000000-0000-0000-0000-000000000001", 2.0);
        Suggestion first = suggestion("ffffffff-0000-0000-0000-000000000000", 3.0);

        assertThat(Stream.of(high, low, first).sorted(Suggestions.PRIORITY_ORDER).map(Suggestion::contactId))
                .containsExactly(first.contactId(), low.contactId(), high.contactId());
    }
}
