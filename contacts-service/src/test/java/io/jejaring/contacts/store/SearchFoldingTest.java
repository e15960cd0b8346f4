package io.jejaring.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchFoldingTest {

    @Test
    void foldDropsAccentsAndCase() {
        assertThat(SearchFolding.fold("María José GONZÁLEZ")).isEqualTo("maria jose gonzalez");
        assertThat(SearchFolding.fold("Çağrı Şahin, Nguyễn Thị Ánh, Zoë, Ñuñez")).isEqualTo("cagri sahin, nguyen thi anh, zoe, nunez");
        assertThat(SearchFolding.fold("İstanbul Straße Łódź Søren Æsir")).isEqualTo("istanbul strasse lodz soren aesir");
        assertThat(SearchFolding.fold("ＡＢＣ")).isEqualTo("abc");
        assertThat(SearchFolding.fold(null)).isNull();
    }

    @Test
    void everyWordAndEveryPartAfterPunctuationContributesItsPrefixes() {
        List<String> prefixes = Arrays.asList(SearchFolding.prefixes(Arrays.asList("María José", null, "Fitri@Startup.id")));
        assertThat(prefixes).contains("m", "mar", "maria", "j", "jose", "fitri", "fitri@startup.id", "startup.id", "id",
                "@startup", ".id");
        assertThat(prefixes).doesNotContain("aria", "ose", "tartup", "mariajose", "maria jose");
        assertThat(prefixes).doesNotHaveDuplicates();
    }

    @Test
    void prefixesStopAtTheLongestStoredAndNeverSplitAnEmoji() {
        String longWord = "x".repeat(40);
        assertThat(SearchFolding.prefixes(List.of(longWord))).hasSize(SearchFolding.MAX_PREFIX);
        assertThat(SearchFolding.term(longWord)).hasSize(SearchFolding.MAX_PREFIX);
        String[] withEmoji = SearchFolding.prefixes(List.of("a\uD83D\uDE00b"));
        assertThat(withEmoji).containsExactly("a", "a\uD83D\uDE00", "a\uD83D\uDE00b", "\uD83D\uDE00", "\uD83D\uDE00b", "b");
    }

    @Test
    void queryWordsAreFoldedAndSplitOnWhitespace() {
        assertThat(SearchFolding.queryWords("  MARÍA\tgonz ")).containsExactly("maria", "gonz");
        assertThat(SearchFolding.queryWords("   ")).isEmpty();
        assertThat(SearchFolding.queryWords(null)).isEmpty();
    }

    @Test
    void labelsAreFoldedWholeAndOnce() {
        assertThat(SearchFolding.labels(List.of(" Chess ", "chess", "Café Society"))).containsExactly("chess", "cafe society");
    }
}
