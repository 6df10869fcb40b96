package no.samla.innovation.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a benefit says: its indicator and unit, where it starts and where it is to end, who owns it, how often. */
public record BenefitData(
        String title,
        BenefitType type,
        String indicator,
        String unit,
        BigDecimal baselineValue,
        LocalDate baselineDate,
        BigDecimal targetValue,
        LocalDate targetDate,
        Long ownerPersonId,
        Frequency frequency) {}
