package no.samla.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Means, Student t quantiles against table values, and a paired interval computed by hand. */
class SurveyStatisticsTest {

    @Test
    void theMeanOfScores() {
        assertThat(SurveyStatistics.mean(List.of(1, 2, 4, 5))).isEqualTo(3.0);
        assertThat(SurveyStatistics.mean(List.of(3.5, 4.0))).isEqualTo(3.75);
        assertThatThrownBy(() -> SurveyStatistics.mean(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void studentTQuantilesMatchTheTables() {
        assertThat(SurveyStatistics.tQuantile(0.975, 2)).isCloseTo(4.302653, within(1e-5));
        assertThat(SurveyStatistics.tQuantile(0.975, 4)).isCloseTo(2.776445, within(1e-5));
        assertThat(SurveyStatistics.tQuantile(0.975, 7)).isCloseTo(2.364624, within(1e-5));
        assertThat(SurveyStatistics.tQuantile(0.975, 30)).isCloseTo(2.042272, within(1e-5));
        assertThat(SurveyStatistics.tQuantile(0.95, 10)).isCloseTo(1.812461, within(1e-5));
    }

    /**
     * Differences 1, 2, 0, 1, 1: mean 1, sample standard deviation sqrt(2 / 4) = 0.70711, standard error 0.70711 /
     * sqrt(5) = 0.31623, t(0.975, 4) = 2.77645, margin 0.87798: the interval is 0.12202 to 1.87798.
     */
    @Test
    void aPairedIntervalComputedByHand() {
        SurveyStatistics.PairedInterval interval =
                SurveyStatistics.pairedInterval(List.of(1.0, 2.0, 0.0, 1.0, 1.0), 0.95);
        assertThat(interval.n()).isEqualTo(5);
        assertThat(interval.meanDifference()).isCloseTo(1.0, within(1e-12));
        assertThat(interval.standardDeviation()).isCloseTo(0.707107, within(1e-6));
        assertThat(interval.low()).isCloseTo(0.122018, within(1e-5));
        assertThat(interval.high()).isCloseTo(1.877982, within(1e-5));
    }

    @Test
    void noChangeGivesAnIntervalAroundZero() {
        SurveyStatistics.PairedInterval interval =
                SurveyStatistics.pairedInterval(List.of(-1.0, 1.0, 0.0, -0.5, 0.5), 0.95);
        assertThat(interval.meanDifference()).isCloseTo(0.0, within(1e-12));
        assertThat(interval.low()).isNegative();
        assertThat(interval.high()).isPositive();
        assertThat(interval.high()).isCloseTo(-interval.low(), within(1e-12));
    }

    @Test
    void anIntervalNeedsTwoDifferences() {
        assertThatThrownBy(() -> SurveyStatistics.pairedInterval(List.of(1.0), 0.95))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
