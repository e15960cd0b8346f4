package io.jejaring.plumbing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdMapTest {

    final UUID free = UUID.randomUUID();
    final UUID taken = UUID.randomUUID();

    @Test
    void freeIdsAreKeptAndTakenOnesGetNewDistinctIds() {
        UUID alsoTaken = UUID.randomUUID();
        Map<UUID, UUID> map = IdMap.keepingFree(List.of(free, taken, alsoTaken), Set.of(taken, alsoTaken));
        assertThat(map).containsEntry(free, free).containsOnlyKeys(free, taken, alsoTaken);
        assertThat(map.get(taken)).isNotIn(taken, alsoTaken, free);
        assertThat(map.get(alsoTaken)).isNotIn(taken, alsoTaken, free, map.get(taken));
    }

    @Test
    void referencesFollowTheMapAndIdsOutsideItStayAsTheyAre() {
        Map<UUID, UUID> map = IdMap.keepingFree(List.of(taken), Set.of(taken));
        UUID outside = UUID.randomUUID();
        assertThat(IdMap.follow(map, taken)).isEqualTo(map.get(taken));
        assertThat(IdMap.follow(map, outside)).isEqualTo(outside);
        assertThat(IdMap.follow(map, null)).isNull();
        assertThat(IdMap.idFor(map, null)).isNotNull().isNotEqualTo(taken);
    }

    @Test
    void restoringAsksOnlyForTheGivenIdsAndRefusesAnIdGivenTwice() {
        Map<UUID, UUID> map = IdMap.restoring("contacts", Arrays.asList(free, null, taken), ids -> {
            assertThat(ids).containsExactlyInAnyOrder(free, taken);
            return Set.of(taken);
        });
        assertThat(map).containsEntry(free, free).doesNotContainEntry(taken, taken);
        assertThatThrownBy(() -> IdMap.restoring("contacts", List.of(free, taken, free), ids -> Set.of()))
                .isInstanceOfSatisfying(DomainException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(failure.errors()).extracting(FieldError::field).containsExactly("contacts[2].id");
                });
    }

    @Test
    void aCreationTimeMayNotLieAhead() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(IdMap.createdAt(null, now)).isEqualTo(now);
        assertThat(IdMap.createdAt(now.minusSeconds(5), now)).isEqualTo(now.minusSeconds(5));
        assertThatThrownBy(() -> IdMap.createdAt(now.plusSeconds(1), now)).isInstanceOf(DomainException.class);
    }

    @Test
    void aFailureAboutAnItemNamesIt() {
        DomainException located = DomainException.invalid("invalid fields", List.of(new FieldError("tier", "bad")))
                .within("contacts[3]");
        assertThat(located.errors()).containsExactly(new FieldError("contacts[3].tier", "bad"));
        assertThat(located.detail()).startsWith("contacts[3]: ");
        assertThat(DomainException.unprocessable("no").within("connections[0]").kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
    }
}
