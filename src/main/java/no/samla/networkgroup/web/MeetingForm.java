package no.samla.networkgroup.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import no.samla.networkgroup.MeetingData;
import no.samla.networkgroup.MeetingMode;
import no.samla.networkgroup.NetworkMeeting;
import org.springframework.format.annotation.DateTimeFormat;

/** One meeting as its edit form shows it. */
record MeetingForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
        @NotNull MeetingMode mode,
        @Size(max = 500) String location,
        Long facilitatorPersonId,
        @NotNull Long version) {

    static MeetingForm of(NetworkMeeting meeting) {
        return new MeetingForm(
                meeting.getDate(),
                meeting.getStartTime(),
                meeting.getEndTime(),
                meeting.getMode(),
                meeting.getLocation() == null ? "" : meeting.getLocation(),
                meeting.getFacilitatorPersonId(),
                meeting.getVersion());
    }

    MeetingData data() {
        return new MeetingData(
                date,
                startTime,
                endTime,
                mode,
                location == null || location.isBlank() ? null : location.strip(),
                facilitatorPersonId);
    }
}
