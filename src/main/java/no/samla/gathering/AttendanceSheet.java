package no.samla.gathering;

import java.util.List;
import java.util.Optional;

/**
 * The attendance sheet of a gathering: every active participant of the programme (in the viewer's scope)
 * with their status, if marked. The rate is those present (late or not) out of everyone on the sheet.
 */
public record AttendanceSheet(Gathering gathering, List<Row> rows) {

    public AttendanceRate rate() {
        return new AttendanceRate(
                rows.stream()
                        .filter(row -> row.status() == AttendanceStatus.PRESENT)
                        .count(),
                rows.size());
    }

    public Optional<Row> row(long personId) {
        return rows.stream().filter(row -> row.personId() == personId).findFirst();
    }

    /** One participant on the sheet; status is null until someone marks them. */
    public record Row(
            long personId,
            String fullName,
            String municipalityName,
            AttendanceStatus status,
            boolean late,
            String comment) {}
}
