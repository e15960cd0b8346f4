package io.jejaring.web.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jejaring.web.network.ReachClient.Reach;

/** The figures of {@code /reach} arranged as the page shows them: bars, rows and the tone of each gauge. */
public record ReachView(Reach reach) {

    static final int LAYERS = 5;
    /** The channels in the order people think of them; any other the service names comes after. */
    static final List<String> CHANNELS = List.of("IN_PERSON", "VIDEO", "PHONE", "MESSAGE", "EMAIL", "SOCIAL");

    /** Layers 1 (closest) to 5, each present even when empty. */
    public List<Bar> layers() {
        Map<String, Integer> counts = reach.layers() == null ? Map.of() : reach.layers();
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int layer = 1; layer <= LAYERS; layer++) {
            bars.add(Bar.of(String.valueOf(layer), counts.getOrDefault(String.valueOf(layer), 0), max));
        }
        return bars;
    }

    /** Communities, cultures and age bands: how many are seen (breadth) and how evenly (IQV, the bar). */
    public List<DiversityRow> diversity() {
        return List.of(
                new DiversityRow("community", reach.breadth().communities(), Bar.of("community", reach.diversity().community(), 1)),
                new DiversityRow("culture", reach.breadth().cultures(), Bar.of("culture", reach.diversity().culture(), 1)),
                new DiversityRow("ageBand", reach.breadth().ageBands(), Bar.of("ageBand", reach.diversity().ageBand(), 1)));
    }

    public record DiversityRow(String dimension, long breadth, Bar iqv) {
    }

    /** Interactions per channel, every known channel shown, the longest bar the most used. */
    public List<Bar> channels() {
        Map<String, Integer> mix = reach.channelMix() == null ? Map.of() : reach.channelMix();
        int max = mix.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> names = new ArrayList<>(CHANNELS);
        mix.keySet().stream().filter(name -> !CHANNELS.contains(name)).sorted().forEach(names::add);
        return names.stream().map(name -> Bar.of(name, mix.getOrDefault(name, 0), max)).toList();
    }

    public long interactions() {
        return reach.channelMix() == null ? 0 : reach.channelMix().values().stream().mapToLong(Integer::longValue).sum();
    }

    public Gauges.Balance initiation() {
        return Gauges.balance(reach.reciprocity().initiationBalance());
    }

    public Gauges.Balance exchange() {
        return Gauges.balance(reach.generosity().balance());
    }

    public Gauges.Keeping myPromises() {
        return Gauges.keeping(reach.integrity().keptRate());
    }

    public Gauges.Keeping theirPromises() {
        return Gauges.keeping(reach.integrity().theirKeptRate());
    }

    /** The share of my promises kept, 0 when none came due (the sentence then says so). */
    public double myKeptRate() {
        return reach.integrity().keptRate() == null ? 0 : reach.integrity().keptRate();
    }

    public double theirKeptRate() {
        return reach.integrity().theirKeptRate() == null ? 0 : reach.integrity().theirKeptRate();
    }
}
