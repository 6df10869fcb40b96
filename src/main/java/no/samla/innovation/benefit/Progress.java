package no.samla.innovation.benefit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a benefit stands: its status from the latest measurement, how far along the way from baseline to target it is
 * (in per cent, may be below 0 or above 100), when the next measurement is due and whether it is overdue.
 *
 * <p>Whether higher or lower is better follows from the baseline and target. A benefit is on track when its latest
 * value has come at least as far as a straight line from baseline (at the baseline date) to target (at the target
 * date) says it should have by that date. It is finished once the target is reached or a value has been measured on
 * or after the target date; a finished benefit is never overdue.
 */
public record Progress(
        BenefitStatus status,
        boolean higherIsBetter,
        Integer percent,
        LocalDate nextDue,
        boolean overdue,
        boolean finished) {

    /** The progress of a benefit with the given latest measurement (both null when there is none) on {@code today}. */
    public static Progress of(
            BigDecimal baselineValue,
            LocalDate baselineDate,
            BigDecimal targetValue,
            LocalDate targetDate,
            Frequency frequency,
            LocalDate latestDate,
            BigDecimal latestValue,
            LocalDate today) {
        boolean higher = targetValue.compareTo(baselineValue) > 0;
        if (latestDate == null || latestValue == null) {
            LocalDate due = frequency.after(baselineDate);
            return new Progress(BenefitStatus.NO_MEASUREMENTS, higher, null, due, today.isAfter(due), false);
        }
        boolean achieved = higher ? latestValue.compareTo(targetValue) >= 0 : latestValue.compareTo(targetValue) <= 0;
        BigDecimal expected = expected(baselineValue, baselineDate, targetValue, targetDate, latestDate);
        boolean onTrack = higher ? latestValue.compareTo(expected) >= 0 : latestValue.compareTo(expected) <= 0;
        BenefitStatus status =
                achieved ? BenefitStatus.ACHIEVED : onTrack ? BenefitStatus.ON_TRACK : BenefitStatus.BEHIND;
        boolean finished = achieved || !latestDate.isBefore(targetDate);
        LocalDate due = frequency.after(latestDate);
        return new Progress(
                status,
                higher,
                percent(baselineValue, targetValue, latestValue),
                due,
                !finished && today.isAfter(due),
                finished);
    }

    /** The value a straight line from baseline to target reaches on the date: the baseline before it, the target after. */
    static BigDecimal expected(
            BigDecimal baselineValue,
            LocalDate baselineDate,
            BigDecimal targetValue,
            LocalDate targetDate,
            LocalDate date) {
        if (!date.isAfter(baselineDate)) {
            return baselineValue;
        }
        if (!date.isBefore(targetDate)) {
            return targetValue;
        }
        long total = ChronoUnit.DAYS.between(baselineDate, targetDate);
        long passed = ChronoUnit.DAYS.between(baselineDate, date);
        return baselineValue.add(targetValue
                .subtract(baselineValue)
                .multiply(BigDecimal.valueOf(passed))
                .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64));
    }

    private static Integer percent(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        return latest.subtract(baseline)
                .multiply(BigDecimal.valueOf(100))
                .divide(target.subtract(baseline), 0, RoundingMode.HALF_UP)
                .intValue();
    }
}
