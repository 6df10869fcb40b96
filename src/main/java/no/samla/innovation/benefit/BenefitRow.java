package no.samla.innovation.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A benefit in a list, with its case, owner, latest measurement and progress. */
public record BenefitRow(
        long id,
        long caseId,
        String caseTitle,
        String title,
        BenefitType type,
        String unit,
        BigDecimal baselineValue,
        LocalDate baselineDate,
        BigDecimal targetValue,
        LocalDate targetDate,
        String ownerName,
        LocalDate latestDate,
        BigDecimal latestValue,
        Progress progress) {}
