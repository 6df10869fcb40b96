package no.samla.networkgroup;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting as year plans and group pages list it. */
public record MeetingRow(
        long id,
        long groupId,
        String groupName,
        int number,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        MeetingMode mode,
        String location,
        Long facilitatorPersonId,
        String facilitatorName,
        String focus,
        MeetingStatus status,
        long programmeId,
        String programmeName) {

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** The month it falls in, for year plans grouped by month. */
    public java.time.YearMonth month() {
        return java.time.YearMonth.from(date);
    }
}
