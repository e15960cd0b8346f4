package io.jejaring.plumbing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
    @ValueSource(strings = {"!!", "YQ", "%%%", "QnVkaSBTYW50b3NvH2U0ZjE", "Zm9vH2Jhcg"})
    void foreignCursorsAre400(String cursor) {
        assertThatThrownBy(() -> Paging.decode(cursor, 2)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aCursorShowsNothingOfItsSortKey() {
        String cursor = Paging.encode("Budi Santoso", "e4f1a3b2-0000-4000-8000-000000000001");
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
        assertThat(decoded).doesNotContain("Budi").doesNotContain("Santoso").doesNotContain("e4f1a3b2");
        assertThat(cursor).doesNotContain("QnVka"); // base64 of "Budi"
        assertThat(Paging.encode("Budi Santoso", "x")).as("a fresh nonce each time").isNotEqualTo(Paging.encode("Budi Santoso", "x"));
    }

    @Test
    void aChangedCursorIs400() {
        String cursor = Paging.encode("Budi Santoso", "42");
        for (int i = 0; i < cursor.length(); i++) {
            char[] changed = cursor.toCharArray();
            changed[i] = changed[i] == 'A' ? 'B' : 'A';
            String tampered = new String(changed);
            assertThatThrownBy(() -> Paging.decode(tampered, 2)).as("changed at %d", i).isInstanceOf(ProblemException.class);
        }
        assertThatThrownBy(() -> Paging.decode(cursor.substring(0, cursor.length() - 2), 2)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Paging.decode(cursor, 3)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aCursorOpensOnlyWithTheKeyThatSealedIt() {
        byte[] key = CursorSeal.randomKey();
        String sealed = new CursorSeal(key).seal("a".getBytes(StandardCharsets.UTF_8));
        assertThat(new CursorSeal(key.clone()).open(sealed)).as("another replica, or after a restart")
                .hasValueSatisfying(plain -> assertThat(plain).isEqualTo("a".getBytes(StandardCharsets.UTF_8)));
        assertThat(new CursorSeal(CursorSeal.randomKey()).open(sealed)).isEmpty();
    }

    @Test
    void aConfiguredKeyIsBase64Of32Bytes() {
        byte[] key = CursorSeal.randomKey();
        assertThat(CursorKeys.configuredKey(Base64.getEncoder().encodeToString(key))).isEqualTo(key);
        assertThatThrownBy(() -> CursorKeys.configuredKey("c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> CursorKeys.configuredKey("not base64!")).hasMessageContaining("not base64");
    }

    @Test
    void aPageShowsLimitRowsAndPointsAfterTheLast() {
        assertThat(Page.of(List.of(1, 2, 3), 2, String::valueOf)).isEqualTo(new Page<>(List.of(1, 2), "2"));
        assertThat(Page.of(List.of(1, 2), 2, String::valueOf)).isEqualTo(new Page<>(List.of(1, 2), null));
    }
}
