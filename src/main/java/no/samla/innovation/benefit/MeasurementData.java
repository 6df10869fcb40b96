package no.samla.innovation.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One measured value of a benefit on a date, with an optional comment. */
public record MeasurementData(LocalDate measuredOn, BigDecimal value, String comment) {}
