package io.jejaring.insights.formula;

/**
 * Who reaches out and what value flows, counted per (interaction, contact) pair over the reciprocity window:
 * {@code me}/{@code them} count who initiated, and gave/received/mutual count the exchanges.
 */
public record Reciprocity(int me, int them, int gaveOnly, int receivedOnly, int mutual) {

    public static final Reciprocity NONE = new Reciprocity(0, 0, 0, 0, 0);

    /** Help or knowledge I gave: GAVE + MUTUAL. */
    public int gave() {
        return gaveOnly + mutual;
    }

    /** Help or knowledge I received: RECEIVED + MUTUAL. */
    public int received() {
        return receivedOnly + mutual;
    }

    /** {@code (me − them)/(me + them)}, or null with nothing to compare. */
    public Double initiationBalance() {
        return balance(me, them);
    }

    /** {@code (gave − received)/(gave + received)}, or null with nothing to compare. */
    public Double exchangeBalance() {
        return balance(gave(), received());
    }

    /** Rule 1: they reach out, take, and never give back. */
    public boolean oneSided(int minimum) {
        return gaveOnly >= minimum && receivedOnly == 0 && mutual == 0 && them > me;
    }

    /**
     * They have helped me, and I have not returned it: whoever initiated, since help given unasked is owed as much
     * as help I asked for.
     */
    public boolean youOwe(int minimum) {
        return receivedOnly >= minimum && gaveOnly == 0 && mutual == 0;
    }

    public Reciprocity plus(Reciprocity other) {
        return new Reciprocity(me + other.me, them + other.them, gaveOnly + other.gaveOnly,
                receivedOnly + other.receivedOnly, mutual + other.mutual);
    }

    static Double balance(int a, int b) {
        return a + b == 0 ? null : (double) (a - b) / (a + b);
    }
}
