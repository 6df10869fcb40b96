package no.samla.innovation.benefit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.samla.innovation.benefit.BenefitNumbers;
import no.samla.innovation.benefit.Measurement;
import no.samla.innovation.benefit.MeasurementData;
import no.samla.system.web.Money;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** A measurement as its form shows it: the date, the value typed the Norwegian way, and a comment. */
record MeasurementForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate measuredOn,

        @NotBlank @Size(max = 30) String value,
        @Size(max = 1000) String comment,
        @NotNull Long version) {

    /** Values are stored with 14 digits before the decimal comma at most. */
    private static final BigDecimal LIMIT = new BigDecimal("1E14");

    static MeasurementForm empty(LocalDate today) {
        return new MeasurementForm(today, "", "", 0L);
    }

    static MeasurementForm of(Measurement measurement, BenefitNumbers numbers) {
        return new MeasurementForm(
                measurement.getMeasuredOn(),
                numbers.input(measurement.getValue()),
                measurement.getComment(),
                measurement.getVersion());
    }

    void checkRules(BindingResult result) {
        checkNumber(result, "value", value);
    }

    MeasurementData data() {
        return new MeasurementData(measuredOn, number(value), comment);
    }

    static void checkNumber(BindingResult result, String field, String text) {
        if (text != null && !text.isBlank() && !result.hasFieldErrors(field) && number(text) == null) {
            result.rejectValue(field, "benefit.value.format");
        }
    }

    /** The number typed, or null when it is none or too large to keep. */
    static BigDecimal number(String text) {
        return Money.parse(text)
                .filter(number -> number.abs().compareTo(LIMIT) < 0)
                .orElse(null);
    }
}
