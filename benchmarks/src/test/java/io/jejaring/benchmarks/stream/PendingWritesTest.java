package io.jejaring.benchmarks.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class PendingWritesTest {

    @Test
    void hands_out_the_oldest_writes_each_with_its_own_owner() {
        PendingWrites pending = new PendingWrites();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        pending.expect("owner-b", second, 20);
        pending.expect("owner-a", first, 10);
        pending.expect("owner-c", third, 30);

        assertThat(pending.oldest(2)).containsExactly(
                new PendingWrites.Write("owner-a", first, 10), new PendingWrites.Write("owner-b", second, 20));
    }

    @Test
    void a_write_seen_is_no_longer_pending() {
        PendingWrites pending = new PendingWrites();
        UUID id = UUID.randomUUID();
        pending.expect("owner-a", id, 10);

        pending.seen(pending.oldest(1).get(0));

        assertThat(pending.isEmpty()).isTrue();
        assertThat(pending.oldest(10)).isEmpty();
    }
}
