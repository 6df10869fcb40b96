package no.samla.gathering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Attendance rates of a programme, counts only. A gathering's rate is those present (late or not) out of
 * all active participants; a participant's rate is the gatherings they were present at out of the
 * gatherings that have started; a municipality's is its participants' presences out of its participants
 * times the started gatherings.
 */
public record ProgrammeAttendance(
        List<GatheringLine> gatherings,
        List<ParticipantLine> participants,
        List<MunicipalityLine> municipalities,
        int startedGatherings) {

    public record GatheringLine(
            Gathering gathering,
            boolean started,
            long present,
            long late,
            long absent,
            long excused,
            long unmarked,
            AttendanceRate rate) {}

    public record ParticipantLine(long personId, String fullName, String municipalityName, AttendanceRate rate) {}

    /** A municipality by name; people without a municipality are counted under a null name. */
    public record MunicipalityLine(String municipalityName, long participants, AttendanceRate rate) {}

    /** A participant as counted: who they are. */
    record Person(long personId, String fullName, String municipalityName) {}

    /** A mark on a sheet, as counted. */
    record Mark(long gatheringId, long personId, AttendanceStatus status, boolean late) {}

    /**
     * Counts in memory from the gatherings (in order), which of them have started, the participants (in
     * order) and every mark of those gatherings; marks of people who are no longer participants are ignored.
     */
    static ProgrammeAttendance count(
            List<Gathering> gatherings, Set<Long> startedIds, List<Person> people, Collection<Mark> marks) {
        Map<Long, Person> byId = new LinkedHashMap<>();
        people.forEach(person -> byId.put(person.personId(), person));
        Map<Long, List<Mark>> byGathering = new HashMap<>();
        Map<Long, Long> presentByPerson = new HashMap<>();
        for (Mark mark : marks) {
            if (!byId.containsKey(mark.personId())) {
                continue;
            }
            byGathering
                    .computeIfAbsent(mark.gatheringId(), id -> new ArrayList<>())
                    .add(mark);
            if (mark.status() == AttendanceStatus.PRESENT && startedIds.contains(mark.gatheringId())) {
                presentByPerson.merge(mark.personId(), 1L, Long::sum);
            }
        }
        List<GatheringLine> gatheringLines = new ArrayList<>();
        for (Gathering gathering : gatherings) {
            List<Mark> sheet = byGathering.getOrDefault(gathering.getId(), List.of());
            long present = count(sheet, AttendanceStatus.PRESENT);
            gatheringLines.add(new GatheringLine(
                    gathering,
                    startedIds.contains(gathering.getId()),
                    present,
                    sheet.stream()
                            .filter(mark -> mark.status() == AttendanceStatus.PRESENT && mark.late())
                            .count(),
                    count(sheet, AttendanceStatus.ABSENT),
                    count(sheet, AttendanceStatus.EXCUSED),
                    people.size() - sheet.size(),
                    new AttendanceRate(present, people.size())));
        }
        int started = (int) gatherings.stream()
                .filter(gathering -> startedIds.contains(gathering.getId()))
                .count();
        List<ParticipantLine> participantLines = people.stream()
                .map(person -> new ParticipantLine(
                        person.personId(),
                        person.fullName(),
                        person.municipalityName(),
                        new AttendanceRate(presentByPerson.getOrDefault(person.personId(), 0L), started)))
                .toList();
        Map<String, long[]> municipalityCounts = new TreeMap<>(Comparator.nullsLast(Comparator.<String>naturalOrder()));
        for (Person person : people) {
            long[] counts = municipalityCounts.computeIfAbsent(person.municipalityName(), name -> new long[2]);
            counts[0]++;
            counts[1] += presentByPerson.getOrDefault(person.personId(), 0L);
        }
        List<MunicipalityLine> municipalityLines = municipalityCounts.entrySet().stream()
                .map(entry -> new MunicipalityLine(
                        entry.getKey(),
                        entry.getValue()[0],
                        new AttendanceRate(entry.getValue()[1], entry.getValue()[0] * started)))
                .toList();
        return new ProgrammeAttendance(gatheringLines, participantLines, municipalityLines, started);
    }

    private static long count(List<Mark> sheet, AttendanceStatus status) {
        return sheet.stream().filter(mark -> mark.status() == status).count();
    }
}
