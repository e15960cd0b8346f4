package io.jejaring.insights.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayersTest {

    static final List<Integer> BOUNDS = Parameters.defaults().layerBounds();

    @ParameterizedTest
    @CsvSource({"1,1", "5,1", "6,2", "15,2", "16,3", "50,3", "51,4", "150,4", "151,5", "1000,5"})
    void ranksFallIntoDunbarsLayers(int rank, int layer) {
        assertThat(Layers.ofRank(rank, BOUNDS)).isEqualTo(layer);
    }

    @ParameterizedTest
    @CsvSource({
            "0,10,0,0,0,0,10",
            "3,10,3,0,0,0,7",
            "20,30,5,10,5,0,10",
            "200,400,5,10,35,100,250"})
    void countsPerLayer(int ranked, int total, int l1, int l2, int l3, int l4, int l5) {
        assertThat(Layers.counts(ranked, total, BOUNDS)).containsExactly(l1, l2, l3, l4, l5);
    }
}
