package no.samla.innovation.pitch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Standard competition ranking: equal totals share a rank, the next rank skips, unscored items come last unranked. */
class RankingTest {

    record Item(String name, BigDecimal total) {}

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        List<Ranking.Ranked<Item>> ranked = Ranking.of(
                items(Map.entry("c", "3.5"), Map.entry("a", "4.25"), Map.entry("b", "4.250"), Map.entry("d", "2")),
                Item::total);
        assertThat(ranked).extracting(r -> r.item().name()).containsExactly("a", "b", "c", "d");
        assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactly(1, 1, 3, 4);
        assertThat(ranked).extracting(Ranking.Ranked::tied).containsExactly(true, true, false, false);
    }

    @Test
    void aTieLowerDownAndAThreeWayTieAreShownAsTies() {
        List<Ranking.Ranked<Item>> ranked = Ranking.of(
                items(Map.entry("a", "5"), Map.entry("b", "3"), Map.entry("c", "3"), Map.entry("d", "3")), Item::total);
        assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 2, 2);
        assertThat(ranked).extracting(Ranking.Ranked::tied).containsExactly(false, true, true, true);
    }

    @Test
    void itemsWithoutScoresComeLastWithoutARank() {
        List<Ranking.Ranked<Item>> ranked = Ranking.of(
                List.of(new Item("none", null), new Item("a", BigDecimal.ONE), new Item("other", null)), Item::total);
        assertThat(ranked).extracting(r -> r.item().name()).containsExactly("a", "none", "other");
        assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactly(1, 0, 0);
        assertThat(ranked).extracting(Ranking.Ranked::ranked).containsExactly(true, false, false);
        assertThat(Ranking.of(List.<Item>of(), Item::total)).isEmpty();
    }

    @SafeVarargs
    private static List<Item> items(Map.Entry<String, String>... totals) {
        return Arrays.stream(totals)
                .map(entry -> new Item(entry.getKey(), new BigDecimal(entry.getValue())))
                .toList();
    }
}
