package no.samla.innovation.pitch;

import java.math.BigDecimal;
import java.util.List;

/**
 * The results of a pitch: each case's mean per criterion (in the criteria's order, null where nobody scored), their
 * sum as the total, how many panel members scored it, and the comments the reader may see; ranked by total.
 */
public record PitchResults(List<Criterion> criteria, List<Ranking.Ranked<CaseResult>> ranking, int panelSize) {

    public record CaseResult(
            PitchSlot slot, List<BigDecimal> means, BigDecimal total, int scorers, List<Comment> comments) {}

    public record Comment(String author, String text) {}
}
