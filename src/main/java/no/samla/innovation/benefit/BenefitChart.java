package no.samla.innovation.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a benefit's chart, drawn as inline SVG by the page: time runs from the baseline date to the target
 * date (or the latest measurement, if later), values span the baseline, the target and every measurement. The page
 * shows the same numbers as text and in a table.
 */
public record BenefitChart(
        List<Point> points,
        String measuredLine,
        double baselineY,
        double targetY,
        double planX1,
        double planY1,
        double planX2,
        double planY2) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 300;
    public static final double LEFT = 90;
    public static final double RIGHT = 620;
    public static final double TOP = 20;
    public static final double BOTTOM = 250;

    /** A measured value at its place in the chart. */
    public record Point(double x, double y, LocalDate date, BigDecimal value) {}

    /** The chart of a benefit with its measurements in date order. */
    public static BenefitChart of(Benefit benefit, List<Measurement> measurements) {
        LocalDate start = benefit.getBaselineDate();
        LocalDate end = benefit.getTargetDate();
        BigDecimal low = benefit.getBaselineValue().min(benefit.getTargetValue());
        BigDecimal high = benefit.getBaselineValue().max(benefit.getTargetValue());
        for (Measurement m : measurements) {
            if (m.getMeasuredOn().isAfter(end)) {
                end = m.getMeasuredOn();
            }
            low = low.min(m.getValue());
            high = high.max(m.getValue());
        }
        double span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double pad = (high.doubleValue() - low.doubleValue()) * 0.1;
        double lo = low.doubleValue() - pad;
        double hi = high.doubleValue() + pad;
        LocalDate from = start;
        Scale scale = new Scale(from, span, lo, hi);
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder(coordinates(scale.x(start), scale.y(benefit.getBaselineValue())));
        for (Measurement m : measurements) {
            Point point = new Point(scale.x(m.getMeasuredOn()), scale.y(m.getValue()), m.getMeasuredOn(), m.getValue());
            points.add(point);
            line.append(' ').append(coordinates(point.x(), point.y()));
        }
        return new BenefitChart(
                points,
                line.toString(),
                scale.y(benefit.getBaselineValue()),
                scale.y(benefit.getTargetValue()),
                scale.x(start),
                scale.y(benefit.getBaselineValue()),
                scale.x(benefit.getTargetDate()),
                scale.y(benefit.getTargetValue()));
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public double left() {
        return LEFT;
    }

    public double right() {
        return RIGHT;
    }

    public double bottom() {
        return BOTTOM;
    }

    private static String coordinates(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }

    private record Scale(LocalDate from, double days, double low, double high) {

        double x(LocalDate date) {
            return round(LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(from, date) / days);
        }

        double y(BigDecimal value) {
            return round(BOTTOM - (BOTTOM - TOP) * (value.doubleValue() - low) / (high - low));
        }

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }
    }
}
