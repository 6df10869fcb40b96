package no.samla.survey;

import java.util.Collection;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The statistics of survey results: means, and the change between two rounds as a paired t-interval on the
 * respondents who answered both (each respondent's factor score after minus before; mean difference plus or minus the
 * Student t quantile with n - 1 degrees of freedom times the standard error).
 */
public final class SurveyStatistics {

    private SurveyStatistics() {}

    /** A mean change with its confidence interval. */
    public record PairedInterval(int n, double meanDifference, double standardDeviation, double low, double high) {}

    public static double mean(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("The mean of nothing");
        }
        double sum = 0;
        for (Number value : values) {
            sum += value.doubleValue();
        }
        return sum / values.size();
    }

    /** The sample standard deviation (divided by n - 1). */
    public static double standardDeviation(List<Double> values) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("A standard deviation needs two values");
        }
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.size() - 1));
    }

    /** The p quantile of Student's t distribution with the degrees of freedom. */
    public static double tQuantile(double p, int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(p);
    }

    /** The two-sided interval at {@code confidence} (0.95) for the mean of paired differences; needs two or more. */
    public static PairedInterval pairedInterval(List<Double> differences, double confidence) {
        int n = differences.size();
        double mean = mean(differences);
        double sd = standardDeviation(differences);
        double margin = tQuantile(1 - (1 - confidence) / 2, n - 1) * sd / Math.sqrt(n);
        return new PairedInterval(n, mean, sd, mean - margin, mean + margin);
    }
}
