package io.jejaring.web.network;

/**
 * One bar of a bar chart drawn in HTML: a label key, its number, and its length as a CSS class {@code bar-0} to
 * {@code bar-100} in steps of 5 (static/network.css), since the Content-Security-Policy forbids inline widths.
 */
public record Bar(String key, double value, int length) {

    public static Bar of(String key, double value, double max) {
        return new Bar(key, value, length(value, max));
    }

    /** The length in percent of the longest, rounded to 5; anything above 0 shows at least 5. */
    static int length(double value, double max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        long steps = Math.round(Math.min(1.0, value / max) * 20);
        return (int) Math.max(1, steps) * 5;
    }

    /** This bar's share of a total, for a percentage next to it. */
    public double share(long total) {
        return total <= 0 ? 0 : value / total;
    }
}
