package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DemoPlanTest {

    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    final DemoPlan plan = DemoPlan.draw(new Random(2026), NOW);

    @Test
    void promisesOfBothDirectionsAreKeptBrokenCancelledOpenAndPastDue() {
        for (String direction : List.of("I_PROMISED", "THEY_PROMISED")) {
            List<DemoPlan.Promise> promises = plan.promises().stream().filter(p -> p.direction().equals(direction)).toList();
            assertThat(promises).as(direction).extracting(DemoPlan.Promise::outcome).contains("KEPT", "BROKEN", "OPEN");
            assertThat(promises).as(direction + " open past due")
                    .anyMatch(p -> p.outcome().equals("OPEN") && p.dueOn().isBefore(TODAY));
            assertThat(promises).as(direction + " open, not yet due")
                    .anyMatch(p -> p.outcome().equals("OPEN") && p.dueOn().isAfter(TODAY));
            assertThat(promises).as(direction + " resolved only once due")
                    .filteredOn(p -> !p.outcome().equals("OPEN")).allMatch(p -> p.dueOn().isBefore(TODAY));
        }
        assertThat(plan.promises()).extracting(DemoPlan.Promise::outcome).contains("CANCELLED");
        assertThat(plan.promises()).as("a promise of mine due within the week, so it leads a suggestion")
                .anyMatch(p -> p.direction().equals("I_PROMISED") && p.outcome().equals("OPEN")
                        && !p.dueOn().isBefore(TODAY) && !p.dueOn().isAfter(TODAY.plusDays(7)));
        // so integrity is neither 0 nor 100%: kept / (kept + broken + open past due), as the formula has it
        assertThat(keptRate("I_PROMISED")).isEqualTo(3.0 / 5);
        assertThat(keptRate("THEY_PROMISED")).isEqualTo(1.0 / 4);
    }

    @Test
    void theTakersAreOneSidedAndTheHelpersAreOwed() {
        assertThat(DemoPlan.TAKERS).allSatisfy(taker -> {
            Balance balance = balance(taker);
            assertThat(balance.gave).as("gave").isGreaterThanOrEqualTo(3);
            assertThat(balance.received + balance.mutual).as("received or mutual").isZero();
            assertThat(balance.them).as("they reached out").isGreaterThan(balance.me);
        });
        assertThat(DemoPlan.HELPERS).allSatisfy(helper -> {
            Balance balance = balance(helper);
            assertThat(balance.received).as("received").isGreaterThanOrEqualTo(3);
            assertThat(balance.gave + balance.mutual).as("gave or mutual").isZero();
        });
        assertThat(DemoPlan.TAKERS).noneMatch(DemoPlan.HELPERS::contains);
    }

    @Test
    void introductionsAndConnectionsJoinDistinctPeopleOnce() {
        for (int i = 0; i < plan.people().size(); i++) {
            assertThat(plan.people().get(i).introducedBy()).isLessThan(i);
        }
        assertThat(plan.connections()).allMatch(c -> c.one() != c.other());
        Set<Set<Integer>> pairs = plan.connections().stream().map(c -> Set.of(c.one(), c.other())).collect(Collectors.toSet());
        assertThat(pairs).hasSameSizeAs(plan.connections());
    }

    @Test
    void interactionsLieWithinTheLastYearAndTheInnerCircleIsSeenMost() {
        assertThat(plan.interactions()).allSatisfy(i -> assertThat(i.occurredAt()).isBefore(NOW)
                .isAfter(NOW.minus(Duration.ofDays(365))));
        assertThat(plan.interactions().stream().filter(i -> i.contact() == 0).count())
                .isGreaterThan(plan.interactions().stream().filter(i -> i.contact() == 100).count());
        assertThat(plan.people()).extracting(DemoPlan.Contact::tier)
                .containsSubsequence("INNER", "CLOSE", "ACTIVE", "ACQUAINTANCE");
    }

    private double keptRate(String direction) {
        List<DemoPlan.Promise> promises = plan.promises().stream().filter(p -> p.direction().equals(direction)).toList();
        long kept = promises.stream().filter(p -> p.outcome().equals("KEPT")).count();
        long broken = promises.stream().filter(p -> p.outcome().equals("BROKEN")).count();
        long pastDue = promises.stream().filter(p -> p.outcome().equals("OPEN") && p.dueOn().isBefore(TODAY)).count();
        return (double) kept / (kept + broken + pastDue);
    }

    /** The reciprocity counts over the last 365 days, as insights-service counts them. */
    private Balance balance(int contact) {
        Balance balance = new Balance();
        plan.interactions().stream().filter(i -> i.contact() == contact)
                .filter(i -> i.occurredAt().isAfter(NOW.minus(Duration.ofDays(365)))).forEach(i -> {
                    balance.me += i.initiatedBy().equals("ME") ? 1 : 0;
                    balance.them += i.initiatedBy().equals("THEM") ? 1 : 0;
                    balance.gave += i.exchange().equals("GAVE") ? 1 : 0;
                    balance.received += i.exchange().equals("RECEIVED") ? 1 : 0;
                    balance.mutual += i.exchange().equals("MUTUAL") ? 1 : 0;
                });
        return balance;
    }

    private static final class Balance {
        int me;
        int them;
        int gave;
        int received;
        int mutual;
    }
}
