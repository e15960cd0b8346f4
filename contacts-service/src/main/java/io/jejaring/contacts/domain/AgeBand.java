package io.jejaring.contacts.domain;

/** The coarse age band that stands in for a birth year wherever a birth year would say too much. */
public final class AgeBand {

    private AgeBand() {
    }

    /** {@code <25}, {@code 25-34}, … {@code 65+}, or null when the birth year is unknown. */
    public static String of(Integer birthYear, int currentYear) {
        if (birthYear == null) {
            return null;
        }
        int age = currentYear - birthYear;
        if (age < 25) {
            return "<25";
        }
        if (age >= 65) {
            return "65+";
        }
        int lower = 25 + (age - 25) / 10 * 10;
        return lower + "-" + (lower + 9);
    }
}
