package no.samla.innovation.benefit;

import java.util.List;
import no.samla.innovation.InnovationCase;
import no.samla.programme.Programme;

/**
 * A benefit's page: the benefit and its case, its owner, its measurements in date order, its progress and chart, and
 * whether the user may change the benefit.
 */
public record BenefitPage(
        InnovationCase innovationCase,
        Programme programme,
        Benefit benefit,
        String ownerName,
        List<MeasurementRow> measurements,
        Progress progress,
        BenefitChart chart,
        boolean editable) {

    /** A measurement with the value the planned course gives on its date, the name of who recorded it and whether the user may change it. */
    public record MeasurementRow(
            Measurement measurement, java.math.BigDecimal planned, String recordedByName, boolean changeable) {}

    public MeasurementRow latest() {
        return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
    }
}
