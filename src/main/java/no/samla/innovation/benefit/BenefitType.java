package no.samla.innovation.benefit;

/** What kind of gain a benefit is: money saved or earned, time saved, better quality, or something else. */
public enum BenefitType {
    MONEY,
    TIME,
    QUALITY,
    OTHER
}
