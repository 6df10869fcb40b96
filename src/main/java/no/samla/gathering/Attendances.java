package no.samla.gathering;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.samla.programme.Enrolments;
import no.samla.programme.ParticipantRow;
import no.samla.programme.ParticipationRole;
import no.samla.system.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance at gatherings: the sheet of a gathering, marking one participant at a time, and the rates of
 * a programme. Only active participants (people with the participant role who have not left) are on a
 * sheet; {@code onlyMunicipalityId} narrows everything to one municipality's people (a municipality admin's
 * view). Every read is a fixed number of queries, however many participants and gatherings.
 */
@Service
@Transactional(readOnly = true)
public class Attendances {

    private static final Comparator<String> NAMES =
            Comparator.nullsLast(Collator.getInstance(Locale.forLanguageTag("nb")));

    private final Gatherings gatherings;
    private final AttendanceRepository attendances;
    private final Enrolments enrolments;
    private final Clock clock;

    Attendances(Gatherings gatherings, AttendanceRepository attendances, Enrolments enrolments, Clock clock) {
        this.gatherings = gatherings;
        this.attendances = attendances;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    public AttendanceSheet sheet(long programmeId, long gatheringId, Long onlyMunicipalityId) {
        Gathering gathering = gatherings.get(programmeId, gatheringId);
        var marks = attendances.findByGatherings(List.of(gatheringId)).stream()
                .collect(Collectors.toMap(Attendance::getPersonId, mark -> mark));
        List<AttendanceSheet.Row> rows = participants(programmeId, onlyMunicipalityId).stream()
                .map(person -> {
                    Attendance mark = marks.get(person.personId());
                    return new AttendanceSheet.Row(
                            person.personId(),
                            person.fullName(),
                            person.municipalityName(),
                            mark == null ? null : mark.getStatus(),
                            mark != null && mark.isLate(),
                            mark == null ? null : mark.getComment());
                })
                .toList();
        return new AttendanceSheet(gathering, rows);
    }

    /**
     * Marks one participant at one gathering, overwriting only their own row; someone who is not an active
     * participant of the programme is "not found". A blank comment is no comment.
     */
    @Transactional
    public void mark(
            long programmeId,
            long gatheringId,
            long personId,
            AttendanceStatus status,
            boolean late,
            String comment,
            Long byPersonId) {
        gatherings.get(programmeId, gatheringId);
        if (status == null) {
            throw new IllegalArgumentException("An attendance needs a status");
        }
        boolean participant =
                participants(programmeId, null).stream().anyMatch(person -> person.personId() == personId);
        if (!participant) {
            throw new NotFoundException("Participant", personId);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        attendances.upsert(gatheringId, personId, status.name(), late, text, byPersonId);
    }

    /** Rates per gathering, per participant and per municipality; counts only, never comments. */
    public ProgrammeAttendance rates(long programmeId, Long onlyMunicipalityId) {
        List<Gathering> all = gatherings.of(programmeId);
        LocalDateTime now = LocalDateTime.now(clock);
        Set<Long> started = all.stream()
                .filter(gathering -> !gathering.getStartsAt().isAfter(now))
                .map(Gathering::getId)
                .collect(Collectors.toSet());
        List<ProgrammeAttendance.Mark> marks = all.isEmpty()
                ? List.of()
                : attendances
                        .findByGatherings(all.stream().map(Gathering::getId).toList())
                        .stream()
                        .map(mark -> new ProgrammeAttendance.Mark(
                                mark.getGatheringId(), mark.getPersonId(), mark.getStatus(), mark.isLate()))
                        .toList();
        return ProgrammeAttendance.count(all, started, participants(programmeId, onlyMunicipalityId), marks);
    }

    /** The active participants by name, in two queries. */
    private List<ProgrammeAttendance.Person> participants(long programmeId, Long onlyMunicipalityId) {
        return enrolments.participants(programmeId, onlyMunicipalityId, false, Pageable.unpaged()).stream()
                .filter(row -> row.roles().contains(ParticipationRole.PARTICIPANT))
                .sorted(Comparator.comparing(ParticipantRow::fullName, NAMES).thenComparing(ParticipantRow::personId))
                .map(row -> new ProgrammeAttendance.Person(row.personId(), row.fullName(), row.municipalityName()))
                .toList();
    }
}
