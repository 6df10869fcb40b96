package no.samla.survey;

/**
 * The change of one factor of a measured survey for one group (the whole programme or one municipality), from the
 * survey's before round to a later round, as the results page shows it: the means before and after of the respondents
 * who answered both, the mean difference and its 95 % interval. A {@code hidden} row carries no figures at all, not even
 * its number of pairs; {@code secondary} when it is hidden although large enough, to protect a smaller group.
 */
public record SurveyChange(
        long surveyId,
        String surveyTitle,
        long afterRoundId,
        RoundKind afterKind,
        String factor,
        Long pairs,
        Double beforeMean,
        Double afterMean,
        Double difference,
        Double low,
        Double high,
        boolean hidden,
        boolean secondary) {

    static SurveyChange of(Survey survey, SurveyRound after, SurveyResults.FactorChange change) {
        SurveyStatistics.PairedInterval interval = change.interval();
        boolean hidden = change.hidden();
        return new SurveyChange(
                survey.getId(),
                survey.getTitle(),
                after.getId(),
                after.getKind(),
                change.factor(),
                hidden ? null : (long) interval.n(),
                change.beforeMean(),
                change.afterMean(),
                hidden ? null : interval.meanDifference(),
                hidden ? null : interval.low(),
                hidden ? null : interval.high(),
                hidden,
                change.secondary());
    }

    /** Whether the whole interval lies above zero: a clear increase. */
    public boolean clearIncrease() {
        return !hidden && low > 0;
    }

    /** Whether the whole interval lies below zero: a clear decrease. */
    public boolean clearDecrease() {
        return !hidden && high < 0;
    }

    /** Whether the change is shown but its interval includes zero: no certain change. */
    public boolean unclear() {
        return !hidden && !clearIncrease() && !clearDecrease();
    }
}
