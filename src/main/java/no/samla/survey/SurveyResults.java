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

    /** {@code respondents} is null when hidden. */
    public record RoundGroup(SurveyRound round, Long respondents, List<FactorRound> factors) {
        public boolean hidden() {
            return respondents == null;
        }
    }

    /** {@code counts} holds the number of answers 1 to 5 at index 0 to 4; everything null when hidden. */
    public record FactorRound(String factor, Long respondents, Double mean, List<Long> counts) {
        public boolean hidden() {
            return respondents == null;
        }
    }

    public record Change(SurveyRound before, SurveyRound after, List<FactorChange> factors) {
        /** Whether no factor has enough pairs: then the change is one "too few answers" and nothing else. */
        public boolean hidden() {
            return factors.stream().allMatch(FactorChange::hidden);
        }
    }

    /** Means of the paired respondents before and after, and the interval of the change; null when hidden. */
    public record FactorChange(
            String factor, Double beforeMean, Double afterMean, SurveyStatistics.PairedInterval interval) {
        public boolean hidden() {
            return interval == null;
        }
    }

    /** The texts of a free-text question in a round, ordered by text; empty and hidden below the minimum. */
    public record TextAnswers(SurveyRound round, SurveyQuestion question, boolean hidden, List<String> texts) {}
}
