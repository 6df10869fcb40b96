package no.samla.gathering.internal;

import java.time.LocalDate;
import java.util.List;
import no.samla.gathering.AttendanceRate;
import no.samla.gathering.ParticipantGatherings;
import no.samla.programme.ParticipantProgress;
import org.springframework.stereotype.Component;

/** For a leader's progress view: how many of the gatherings held so far they attended. */
@Component
class AttendanceProgress implements ParticipantProgress {

    private final ParticipantGatherings gatherings;

    AttendanceProgress(ParticipantGatherings gatherings) {
        this.gatherings = gatherings;
    }

    @Override
    public List<Ratio> ratios(long personId, long programmeId, LocalDate today) {
        AttendanceRate rate = gatherings.attendanceOf(personId, programmeId);
        return List.of(new Ratio(
                10,
                "myprogramme.progress.attendance",
                "myprogramme.progress.attendance.summary",
                rate.present(),
                rate.possible()));
    }
}
