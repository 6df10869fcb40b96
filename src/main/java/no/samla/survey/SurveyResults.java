package no.samla.survey;

import java.util.List;

/**
 * A survey's results as one viewer may see them: per group (the whole programme, or one municipality) and round the
 * factors' means and distributions, and the change from the before round to each later one. Any group, factor or pair
 * set with fewer than {@link #MINIMUM} respondents is {@code hidden} and carries no figures at all, not even its count.
 */
public record SurveyResults(Survey survey, List<SurveyRound> rounds, List<Group> groups, List<TextAnswers> texts) {

    /** No result is shown for fewer respondents than this. */
    public static final int MINIMUM = 3;

    /** {@code municipalityId} null: the whole programme. */
    public record Group(Long municipalityId, String municipalityName, List<RoundGroup> rounds, List<Change> changes) {
        public boolean wholeProgramme() {
            return municipalityId == null;
        }
    }

    /**
     * {@code respondents} is null when hidden; {@code secondary} when it is hidden although large enough, because
     * otherwise a smaller group could be worked out by taking the shown groups from the whole programme.
     */
    public record RoundGroup(SurveyRound round, Long respondents, List<FactorRound> factors, boolean secondary) {
        public RoundGroup(SurveyRound round, Long respondents, List<FactorRound> factors) {
            this(round, respondents, factors, false);
        }

        public boolean hidden() {
            return respondents == null;
        }

        RoundGroup hiddenForOthers() {
            return new RoundGroup(round, null, List.of(), true);
        }
    }

    /** {@code counts} holds the number of answers 1 to 5 at index 0 to 4; everything null when hidden. */
    public record FactorRound(String factor, Long respondents, Double mean, List<Long> counts, boolean secondary) {
        public FactorRound(String factor, Long respondents, Double mean, List<Long> counts) {
            this(factor, respondents, mean, counts, false);
        }

        public boolean hidden() {
            return respondents == null;
        }

        FactorRound hiddenForOthers() {
            return new FactorRound(factor, null, null, null, true);
        }
    }

    public record Change(SurveyRound before, SurveyRound after, List<FactorChange> factors) {
        /** Whether no factor has enough pairs: then the change is one "too few answers" and nothing else. */
        public boolean hidden() {
            return factors.stream().allMatch(FactorChange::hidden);
        }

        /** Whether every factor is hidden and at least one only to protect a smaller group. */
        public boolean secondary() {
            return hidden() && factors.stream().anyMatch(FactorChange::secondary);
        }
    }

    /** Means of the paired respondents before and after, and the interval of the change; null when hidden. */
    public record FactorChange(
            String factor,
            Double beforeMean,
            Double afterMean,
            SurveyStatistics.PairedInterval interval,
            boolean secondary) {
        public FactorChange(
                String factor, Double beforeMean, Double afterMean, SurveyStatistics.PairedInterval interval) {
            this(factor, beforeMean, afterMean, interval, false);
        }

        public boolean hidden() {
            return interval == null;
        }

        FactorChange hiddenForOthers() {
            return new FactorChange(factor, null, null, null, true);
        }
    }

    /** The texts of a free-text question in a round, ordered by text; empty and hidden below the minimum. */
    public record TextAnswers(SurveyRound round, SurveyQuestion question, boolean hidden, List<String> texts) {}
}
