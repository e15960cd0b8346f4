package io.jejaring.insights.formula;

import java.util.List;

/**
 * Dunbar's layers. Contacts with S above the threshold are ranked by S (ties: later last interaction, then
 * contact id); ranks 1–5 are layer 1, 6–15 layer 2, 16–50 layer 3, 51–150 layer 4, and everyone else layer 5.
 */
public final class Layers {

    private Layers() {
    }

    /** The layer of the contact at {@code rank} (1-based) among those above the threshold. */
    public static int ofRank(int rank, List<Integer> bounds) {
        for (int layer = 0; layer < bounds.size(); layer++) {
            if (rank <= bounds.get(layer)) {
                return layer + 1;
            }
        }
        return bounds.size() + 1;
    }

    /** How many contacts each layer holds, given {@code ranked} contacts above the threshold out of {@code total}. */
    public static int[] counts(int ranked, int total, List<Integer> bounds) {
        int[] counts = new int[bounds.size() + 1];
        int previous = 0;
        for (int layer = 0; layer < bounds.size(); layer++) {
            counts[layer] = Math.max(0, Math.min(ranked, bounds.get(layer)) - previous);
            previous = bounds.get(layer);
        }
        int inLayers = 0;
        for (int layer = 0; layer < bounds.size(); layer++) {
            inLayers += counts[layer];
        }
        counts[bounds.size()] = total - inLayers;
        return counts;
    }
}
