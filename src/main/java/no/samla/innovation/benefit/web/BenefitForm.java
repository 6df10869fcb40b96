package no.samla.innovation.benefit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.samla.innovation.benefit.Benefit;
import no.samla.innovation.benefit.BenefitData;
import no.samla.innovation.benefit.BenefitNumbers;
import no.samla.innovation.benefit.BenefitType;
import no.samla.innovation.benefit.Frequency;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** A benefit as its form shows it; values are typed the Norwegian way (12 500 or 4,5) and read in {@link #data}. */
record BenefitForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull BenefitType type,
        @NotBlank @Size(max = 500) String indicator,
        @NotBlank @Size(max = 50) String unit,
        @NotBlank @Size(max = 30) String baselineValue,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate baselineDate,

        @NotBlank @Size(max = 30) String targetValue,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate targetDate,

        @NotNull Long ownerPersonId,
        @NotNull Frequency frequency,
        @NotNull Long version) {

    static BenefitForm empty(long ownerPersonId, LocalDate today) {
        return new BenefitForm(
                "", null, "", "", "", today, "", today.plusYears(1), ownerPersonId, Frequency.QUARTERLY, 0L);
    }

    static BenefitForm of(Benefit benefit, BenefitNumbers numbers) {
        return new BenefitForm(
                benefit.getTitle(),
                benefit.getType(),
                benefit.getIndicator(),
                benefit.getUnit(),
                numbers.input(benefit.getBaselineValue()),
                benefit.getBaselineDate(),
                numbers.input(benefit.getTargetValue()),
                benefit.getTargetDate(),
                benefit.getOwnerPersonId(),
                benefit.getFrequency(),
                benefit.getVersion());
    }

    /** Refuses values that are no numbers, next to their fields. */
    void checkRules(BindingResult result) {
        MeasurementForm.checkNumber(result, "baselineValue", baselineValue);
        MeasurementForm.checkNumber(result, "targetValue", targetValue);
    }

    /** The details, with values that could not be read left out (the form has refused them already). */
    BenefitData data() {
        BigDecimal baseline = MeasurementForm.number(baselineValue);
        BigDecimal target = MeasurementForm.number(targetValue);
        return new BenefitData(
                title == null ? "" : title,
                type,
                indicator == null ? "" : indicator,
                unit == null ? "" : unit,
                baseline,
                baselineDate,
                target,
                targetDate,
                ownerPersonId,
                frequency);
    }
}
