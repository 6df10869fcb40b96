package no.samla.innovation.pitch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Standard competition ranking ("1, 1, 3"): items with equal totals share a rank and the next rank skips as many
 * places as shared it, so a tie is never broken by chance or by the order of presentation. Items without a total
 * (not scored) come last and have no rank.
 */
public final class Ranking {

    /** One item with its rank (0 when it has none) and whether another item has the same rank. */
    public record Ranked<T>(T item, int rank, boolean tied) {

        public boolean ranked() {
            return rank > 0;
        }
    }

    private Ranking() {}

    /** The items by total, highest first, with ranks; items of equal total keep their given order. */
    public static <T> List<Ranked<T>> of(List<T> items, Function<T, BigDecimal> total) {
        List<T> scored = new ArrayList<>(
                items.stream().filter(item -> total.apply(item) != null).toList());
        scored.sort(Comparator.comparing(total, Comparator.reverseOrder()));
        List<Ranked<T>> result = new ArrayList<>();
        for (int index = 0; index < scored.size(); index++) {
            BigDecimal value = total.apply(scored.get(index));
            int first = index;
            while (first > 0 && total.apply(scored.get(first - 1)).compareTo(value) == 0) {
                first--;
            }
            boolean tiedBefore = first < index;
            boolean tiedAfter = index + 1 < scored.size()
                    && total.apply(scored.get(index + 1)).compareTo(value) == 0;
            result.add(new Ranked<>(scored.get(index), first + 1, tiedBefore || tiedAfter));
        }
        items.stream()
                .filter(item -> total.apply(item) == null)
                .forEach(item -> result.add(new Ranked<>(item, 0, false)));
        return result;
    }
}
