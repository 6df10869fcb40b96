package no.samla.gathering;

import java.math.BigDecimal;

/**
 * How a gathering is held. The adviser days it takes are what the quote charges: lunch to lunch keeps
 * the advisers away two days.
 */
public enum GatheringFormat {
    ONE_DAY(1, new BigDecimal("1")),
    TWO_DAYS(2, new BigDecimal("2")),
    LUNCH_TO_LUNCH(2, new BigDecimal("2")),
    DIGITAL(1, new BigDecimal("1"));

    private final int calendarDays;
    private final BigDecimal adviserDays;

    GatheringFormat(int calendarDays, BigDecimal adviserDays) {
        this.calendarDays = calendarDays;
        this.adviserDays = adviserDays;
    }

    public int calendarDays() {
        return calendarDays;
    }

    public BigDecimal adviserDays() {
        return adviserDays;
    }
}
