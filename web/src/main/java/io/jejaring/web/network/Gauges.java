package io.jejaring.web.network;

/**
 * Reciprocity, generosity and integrity in words: which sentence a figure calls for. The numbers go into the
 * sentence in the template; this only decides its tone, so both languages say the same thing.
 */
public final class Gauges {

    /** A balance within this of 0 is even: neither side clearly leads. */
    static final double EVEN = 0.2;
    static final double KEPT_ALWAYS = 0.9;
    static final double KEPT_MOSTLY = 0.7;

    /** How a balance {@code (mine − theirs)/(mine + theirs)} leans; NONE when nothing was counted (null). */
    public enum Balance {
        NONE, EVEN, MORE_MINE, MORE_THEIRS
    }

    /** How well promises that came due were kept; NONE when none came due (null). */
    public enum Keeping {
        NONE, ALWAYS, MOSTLY, OFTEN_NOT
    }

    private Gauges() {
    }

    public static Balance balance(Double balance) {
        if (balance == null) {
            return Balance.NONE;
        }
        if (Math.abs(balance) <= EVEN) {
            return Balance.EVEN;
        }
        return balance > 0 ? Balance.MORE_MINE : Balance.MORE_THEIRS;
    }

    public static Keeping keeping(Double keptRate) {
        if (keptRate == null) {
            return Keeping.NONE;
        }
        if (keptRate >= KEPT_ALWAYS) {
            return Keeping.ALWAYS;
        }
        return keptRate >= KEPT_MOSTLY ? Keeping.MOSTLY : Keeping.OFTEN_NOT;
    }
}
