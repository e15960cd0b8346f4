package io.jejaring.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.jejaring.local.Table.Column;

class TableTest {

    Table table(int limit) {
        return new Table("People:", limit, Column.text("name"), Column.number("days"), Column.text("why"));
    }

    @Test
    void aCutTableSaysHowManyRowsItLeftOut() {
        Table table = table(2);
        for (int i = 1; i <= 5; i++) {
            table.add("person " + i, String.valueOf(i), "because");
        }
        assertThat(table.render()).isEqualTo("""
                People:
                  name      days  why
                  person 1     1  because
                  person 2     2  because
                  ... and 3 more
                """);
    }

    @Test
    void theWholeListsLengthMayComeFromTheServiceWhenOnlyAPageWasFetched() {
        Table table = table(2).add("a", "1", "x").add("b", "2", "y").total(17);
        assertThat(table.render()).endsWith("  ... and 15 more\n");
        assertThat(table(5).add("a", "1", "x").total(0).render()).doesNotContain("more");
    }

    @Test
    void aTableThatFitsSaysNothingMoreAndAnEmptyOneSaysNone() {
        assertThat(table(3).add("a", "10", "x").add("bb", "2", "y").render()).isEqualTo("""
                People:
                  name  days  why
                  a       10  x
                  bb       2  y
                """);
        assertThat(table(3).render()).isEqualTo("People:\n  (none)\n");
    }
}
