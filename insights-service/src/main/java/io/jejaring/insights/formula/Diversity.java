package io.jejaring.insights.formula;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Blau index {@code 1 − Σ p_k²} over the categories of one attribute, and its normalised form, the index of
 * qualitative variation {@code IQV = Blau / (1 − 1/K)} (0 when K ≤ 1). Unknown values are left out. A contact
 * with several values (several communities) adds {@code 1/m} to each.
 */
public final class Diversity {

    private Diversity() {
    }

    /** Each contact's values of the attribute; an empty list is an unknown. */
    public static double iqv(Collection<List<String>> valuesPerContact) {
        Map<String, Double> shares = new HashMap<>();
        double total = 0;
        for (List<String> values : valuesPerContact) {
            for (String value : values) {
                shares.merge(value, 1.0 / values.size(), Double::sum);
            }
            total += values.isEmpty() ? 0 : 1;
        }
        return iqv(shares, total);
    }

    /**
     * The same, from each value's share (the sum of {@code 1/m} over the contacts that have it) and the number of
     * contacts with a known value: what a database can tally without handing over every contact.
     */
    public static double iqv(Map<String, Double> shares, double total) {
        int categories = shares.size();
        if (categories <= 1) {
            return 0;
        }
        double sumOfSquares = 0;
        for (double share : shares.values()) {
            sumOfSquares += (share / total) * (share / total);
        }
        double blau = 1 - sumOfSquares;
        return blau / (1 - 1.0 / categories);
    }

    /** How many distinct values the contacts have. */
    public static int breadth(Collection<List<String>> valuesPerContact) {
        return (int) valuesPerContact.stream().flatMap(List::stream).distinct().count();
    }
}
