package no.samla.innovation.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a benefit's status, progress and overdue flag follow from its baseline, target, latest measurement and date. */
class ProgressTest {

    static final LocalDate BASELINE = LocalDate.of(2026, 1, 1);
    static final LocalDate TARGET = LocalDate.of(2027, 1, 1);

    /** Lower is better: from 60 days down to 20 days over 2026. */
    static Progress fewerDays(LocalDate measured, String value, Frequency frequency, LocalDate today) {
        return Progress.of(
                new BigDecimal("60"),
                BASELINE,
                new BigDecimal("20"),
                TARGET,
                frequency,
                measured,
                value == null ? null : new BigDecimal(value),
                today);
    }

    /** Higher is better: from 50 to 90 per cent satisfied over 2026. */
    static Progress moreSatisfied(LocalDate measured, String value, LocalDate today) {
        return Progress.of(
                new BigDecimal("50"),
                BASELINE,
                new BigDecimal("90"),
                TARGET,
                Frequency.QUARTERLY,
                measured,
                new BigDecimal(value),
                today);
    }

    @Test
    void withoutMeasurementsTheFirstIsDueOneIntervalAfterTheBaselineAndOverdueOnlyAfterThat() {
        Progress due = fewerDays(null, null, Frequency.QUARTERLY, LocalDate.of(2026, 4, 1));
        assertThat(due.status()).isEqualTo(BenefitStatus.NO_MEASUREMENTS);
        assertThat(due.nextDue()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(due.overdue()).isFalse();
        assertThat(due.percent()).isNull();
        assertThat(fewerDays(null, null, Frequency.QUARTERLY, LocalDate.of(2026, 4, 2))
                        .overdue())
                .isTrue();
        assertThat(fewerDays(null, null, Frequency.YEARLY, LocalDate.of(2026, 12, 31))
                        .overdue())
                .isFalse();
    }

    @Test
    void lowerIsBetterWhenTheTargetIsBelowTheBaseline() {
        LocalDate midYear = LocalDate.of(2026, 7, 2); // 182 of 365 days: the plan says about 40.05
        Progress ahead = fewerDays(midYear, "40", Frequency.MONTHLY, midYear);
        assertThat(ahead.higherIsBetter()).isFalse();
        assertThat(ahead.status()).isEqualTo(BenefitStatus.ON_TRACK);
        assertThat(ahead.percent()).isEqualTo(50);
        assertThat(fewerDays(midYear, "41", Frequency.MONTHLY, midYear).status())
                .isEqualTo(BenefitStatus.BEHIND);
        assertThat(fewerDays(midYear, "20", Frequency.MONTHLY, midYear).status())
                .isEqualTo(BenefitStatus.ACHIEVED);
        assertThat(fewerDays(midYear, "19", Frequency.MONTHLY, midYear).status())
                .isEqualTo(BenefitStatus.ACHIEVED);
        // Worse than the baseline: behind, and a negative share of the way.
        Progress worse = fewerDays(midYear, "70", Frequency.MONTHLY, midYear);
        assertThat(worse.status()).isEqualTo(BenefitStatus.BEHIND);
        assertThat(worse.percent()).isEqualTo(-25);
    }

    @Test
    void higherIsBetterWhenTheTargetIsAboveTheBaseline() {
        LocalDate april = LocalDate.of(2026, 4, 1); // 90 of 365 days: the plan says about 59.9
        assertThat(moreSatisfied(april, "60", april).higherIsBetter()).isTrue();
        assertThat(moreSatisfied(april, "60", april).status()).isEqualTo(BenefitStatus.ON_TRACK);
        assertThat(moreSatisfied(april, "59", april).status()).isEqualTo(BenefitStatus.BEHIND);
        assertThat(moreSatisfied(april, "90", april).status()).isEqualTo(BenefitStatus.ACHIEVED);
        assertThat(moreSatisfied(april, "70", april).percent()).isEqualTo(50);
    }

    @Test
    void onTheBaselineDateTheBaselineItselfIsOnTrackAndAfterTheTargetDateOnlyTheTargetIs() {
        assertThat(fewerDays(BASELINE, "60", Frequency.MONTHLY, BASELINE).status())
                .isEqualTo(BenefitStatus.ON_TRACK);
        LocalDate late = TARGET.plusMonths(1);
        assertThat(fewerDays(late, "21", Frequency.MONTHLY, late).status()).isEqualTo(BenefitStatus.BEHIND);
    }

    @Test
    void theNextMeasurementIsDueOneIntervalAfterTheLastAndOverdueThereafter() {
        LocalDate last = LocalDate.of(2026, 3, 15);
        Progress monthly = fewerDays(last, "50", Frequency.MONTHLY, LocalDate.of(2026, 4, 15));
        assertThat(monthly.nextDue()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(monthly.overdue()).isFalse();
        assertThat(fewerDays(last, "50", Frequency.MONTHLY, LocalDate.of(2026, 4, 16))
                        .overdue())
                .isTrue();
        assertThat(fewerDays(last, "50", Frequency.HALF_YEARLY, LocalDate.of(2026, 9, 15))
                        .overdue())
                .isFalse();
        assertThat(fewerDays(last, "50", Frequency.HALF_YEARLY, LocalDate.of(2026, 9, 16))
                        .overdue())
                .isTrue();
    }

    @Test
    void aFinishedBenefitIsNeverOverdue() {
        LocalDate muchLater = LocalDate.of(2028, 1, 1);
        Progress achieved = fewerDays(LocalDate.of(2026, 6, 1), "18", Frequency.MONTHLY, muchLater);
        assertThat(achieved.finished()).isTrue();
        assertThat(achieved.overdue()).isFalse();
        Progress measuredAtTheEnd = fewerDays(TARGET, "30", Frequency.MONTHLY, muchLater);
        assertThat(measuredAtTheEnd.status()).isEqualTo(BenefitStatus.BEHIND);
        assertThat(measuredAtTheEnd.finished()).isTrue();
        assertThat(measuredAtTheEnd.overdue()).isFalse();
        assertThat(fewerDays(LocalDate.of(2026, 6, 1), "40", Frequency.MONTHLY, muchLater)
                        .overdue())
                .isTrue();
    }

    @Test
    void thePlannedCourseIsAStraightLineFromBaselineToTarget() {
        assertThat(Progress.expected(
                        new BigDecimal("60"), BASELINE, new BigDecimal("20"), TARGET, BASELINE.minusDays(3)))
                .isEqualByComparingTo("60");
        assertThat(Progress.expected(new BigDecimal("60"), BASELINE, new BigDecimal("20"), TARGET, TARGET.plusDays(3)))
                .isEqualByComparingTo("20");
        assertThat(Progress.expected(
                        new BigDecimal("0"),
                        LocalDate.of(2026, 1, 1),
                        new BigDecimal("100"),
                        LocalDate.of(2026, 1, 11),
                        LocalDate.of(2026, 1, 4)))
                .isEqualByComparingTo("30");
    }
}
