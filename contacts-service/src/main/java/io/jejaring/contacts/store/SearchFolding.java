package io.jejaring.contacts.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How contacts are found without a database extension: text is folded (accents and case dropped) in Java, and each
 * word is stored as all its prefixes in an array column with a GIN index, so that "maria" or "jos" finds
 * "María José" with an index lookup. A word also starts after punctuation inside it, so "startup.id" and "id" both
 * start a word of "fitri@startup.id".
 */
public final class SearchFolding {

    /** Prefixes are stored up to this length; a longer query word is looked up by its first ones, then checked whole. */
    public static final int MAX_PREFIX = 24;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Letters that carry no combining mark to strip, so decomposition leaves them as they are. */
    private static final String[][] LETTERS = {
        {"ß", "ss"}, {"æ", "ae"}, {"œ", "oe"}, {"ø", "o"}, {"ł", "l"}, {"đ", "d"}, {"ð", "d"}, {"ħ", "h"}, {"ı", "i"},
        {"þ", "th"},
    };

    private SearchFolding() {
    }

    /** The text without accents, in lower case: "María José" becomes "maria jose". Null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        for (String[] letter : LETTERS) {
            folded = folded.replace(letter[0], letter[1]);
        }
        return folded;
    }

    /** The folded, whitespace-separated words of a query; none for a blank one. */
    public static List<String> queryWords(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(WHITESPACE.split(fold(query).strip())).filter(word -> !word.isEmpty()).toList();
    }

    /** The term a query word is looked up by: the word itself, cut to the longest prefix stored. */
    public static String term(String queryWord) {
        return queryWord.length() <= MAX_PREFIX ? queryWord : queryWord.substring(0, cut(queryWord, MAX_PREFIX));
    }

    /** Every prefix of every word of the texts, folded, each once: what {@link #term} looks up. */
    public static String[] prefixes(Collection<String> texts) {
        Set<String> prefixes = new LinkedHashSet<>();
        texts.stream().filter(Objects::nonNull).map(SearchFolding::fold)
                .flatMap(text -> Arrays.stream(WHITESPACE.split(text)))
                .filter(word -> !word.isEmpty())
                .forEach(word -> {
                    for (int start : wordStarts(word)) {
                        int end = Math.min(word.length(), start + MAX_PREFIX);
                        for (int i = start + 1; i <= end; i++) {
                            if (cut(word, i) == i) {
                                prefixes.add(word.substring(start, i));
                            }
                        }
                    }
                });
        return prefixes.toArray(String[]::new);
    }

    /** Each label folded whole, each once: what the community and tag filters compare. */
    public static String[] labels(Collection<String> labels) {
        return labels.stream().filter(Objects::nonNull).map(label -> fold(label.strip())).distinct()
                .toArray(String[]::new);
    }

    /** {@code end}, or one less where it would split a surrogate pair (an emoji, say) in two. */
    private static int cut(String text, int end) {
        return end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    /** Where a word, or a part of it, starts: at its beginning and wherever letters and digits meet punctuation. */
    static List<Integer> wordStarts(String word) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i)) != Character.isLetterOrDigit(word.charAt(i - 1))) {
                starts.add(i);
            }
        }
        return starts;
    }
}
