package no.samla.innovation.benefit;

/** Where a benefit stands against its target, judged by its latest measurement. */
public enum BenefitStatus {
    ACHIEVED,
    ON_TRACK,
    BEHIND,
    NO_MEASUREMENTS
}
