package no.samla.innovation.benefit;

import java.time.LocalDate;

/** How often a benefit is measured; the next measurement is due one interval after the last. */
public enum Frequency {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    public LocalDate after(LocalDate date) {
        return date.plusMonths(months);
    }
}
