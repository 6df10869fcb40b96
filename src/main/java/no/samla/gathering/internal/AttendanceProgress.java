package no.samla.gathering.internal;

import java.time.LocalDate;
import java.util.List;
import no.samla.gathering.ParticipantGatherings;
import no.samla.programme.ParticipantProgress;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Component;

/** For a leader's progress view: how many of the gatherings held so far they attended. */
@Component
class AttendanceProgress implements ParticipantProgress {

    private final ParticipantGatherings gatherings;

    AttendanceProgress(ParticipantGatherings gatherings) {
        this.gatherings = gatherings;
    }

    @Override
    public Deferred<List<Ratio>> ratios(long personId, long programmeId, LocalDate today, ReadBatch reads) {
        return gatherings
                .attendanceOf(personId, programmeId, reads)
                .map(rate -> List.of(new Ratio(
                        10,
                        "myprogramme.progress.attendance",
                        "myprogramme.progress.attendance.summary",
                        rate.present(),
                        rate.possible())));
    }
}
