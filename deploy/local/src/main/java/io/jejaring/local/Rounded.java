package io.jejaring.local;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as a person reads them: 0.9999999999999999 is 1.00, a rate is a whole percentage, null is "n/a". */
final class Rounded {

    static final String NONE = "n/a";

    private Rounded() {
    }

    static String decimal(Double value, int places) {
        return value == null || !Double.isFinite(value) ? NONE
                : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** A balance between -1 and 1, with its sign: "+0.25", "-0.10", "0.00". */
    static String signed(Double value) {
        String decimal = decimal(value, 2);
        return value == null || decimal.equals(NONE) || decimal.startsWith("-") || decimal.equals("0.00") ? decimal
                : "+" + decimal;
    }

    /** A rate between 0 and 1 as a whole percentage: 0.6666666666666666 is "67%". */
    static String percent(Double rate) {
        return rate == null || !Double.isFinite(rate) ? NONE
                : BigDecimal.valueOf(rate * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
