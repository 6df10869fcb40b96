package no.samla.evaluation;

import java.util.Collection;
import java.util.List;

/** How many gave each score from 1 to 5, and the mean. */
public record ScoreSummary(List<Long> counts, long total) {

    static ScoreSummary of(Collection<Integer> scores) {
        long[] counts = new long[5];
        long total = 0;
        for (Integer score : scores) {
            if (score != null && score >= 1 && score <= 5) {
                counts[score - 1]++;
                total++;
            }
        }
        return new ScoreSummary(List.of(counts[0], counts[1], counts[2], counts[3], counts[4]), total);
    }

    public long count(int score) {
        return counts.get(score - 1);
    }

    /** The share with this score in whole per cent, or 0 when nobody answered. */
    public long percent(int score) {
        return total == 0 ? 0 : Math.round(count(score) * 100.0 / total);
    }

    /** The mean score, or null when nobody answered. */
    public Double mean() {
        if (total == 0) {
            return null;
        }
        long sum = 0;
        for (int score = 1; score <= 5; score++) {
            sum += score * count(score);
        }
        return sum / (double) total;
    }

    public List<Integer> scores() {
        return List.of(1, 2, 3, 4, 5);
    }
}
