package no.samla.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.samla.coaching.CoachingFigures;
import no.samla.coaching.CoachingFigures.ParticipantCoaching;
import no.samla.gathering.AttendanceFigures;
import no.samla.gathering.AttendanceFigures.ParticipantAttendance;
import no.samla.journal.JournalFigures;
import no.samla.journal.JournalFigures.ParticipantWork;
import no.samla.networkgroup.NetworkFigures;
import no.samla.networkgroup.NetworkFigures.ParticipantMeetings;
import no.samla.programme.ParticipantScope;
import no.samla.programme.ProgrammeFigures;
import no.samla.programme.ProgrammeFigures.ScopedParticipant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the facts of every participant in a scope: five statements, one per module, whatever the number of
 * participants, gatherings, entries or sessions.
 */
@Component
@Transactional(readOnly = true)
public class DashboardFacts {

    private final ProgrammeFigures programmes;
    private final AttendanceFigures attendance;
    private final JournalFigures journal;
    private final CoachingFigures coaching;
    private final NetworkFigures network;
    private final Clock clock;

    DashboardFacts(
            ProgrammeFigures programmes,
            AttendanceFigures attendance,
            JournalFigures journal,
            CoachingFigures coaching,
            NetworkFigures network,
            Clock clock) {
        this.programmes = programmes;
        this.attendance = attendance;
        this.journal = journal;
        this.coaching = coaching;
        this.network = network;
        this.clock = clock;
    }

    public List<ParticipantFacts> of(ParticipantScope scope) {
        LocalDate today = LocalDate.now(clock);
        List<ScopedParticipant> participants = programmes.participants(scope);
        if (participants.isEmpty()) {
            return List.of();
        }
        Map<String, ParticipantAttendance> attended = byParticipant(
                attendance.perParticipant(scope, LocalDateTime.now(clock)), a -> key(a.programmeId(), a.personId()));
        Map<String, ParticipantWork> work =
                byParticipant(journal.perParticipant(scope, today), w -> key(w.programmeId(), w.personId()));
        Map<String, ParticipantCoaching> coached = byParticipant(
                coaching.perParticipant(scope, OffsetDateTime.now(clock)), c -> key(c.programmeId(), c.personId()));
        Map<String, ParticipantMeetings> meetings =
                byParticipant(network.perParticipant(scope), m -> key(m.programmeId(), m.personId()));
        List<ParticipantFacts> facts = new ArrayList<>(participants.size());
        for (ScopedParticipant p : participants) {
            String key = key(p.programmeId(), p.personId());
            facts.add(new ParticipantFacts(
                    p,
                    attended.getOrDefault(key, new ParticipantAttendance(p.programmeId(), p.personId(), 0, 0, 0, 0)),
                    work.getOrDefault(key, new ParticipantWork(p.programmeId(), p.personId(), 0, 0, null, 0, 0, 0, 0)),
                    coached.getOrDefault(key, new ParticipantCoaching(p.programmeId(), p.personId(), 0, 0, 0)),
                    meetings.getOrDefault(key, new ParticipantMeetings(p.programmeId(), p.personId(), 0, 0))));
        }
        return facts;
    }

    private static String key(long programmeId, long personId) {
        return programmeId + ":" + personId;
    }

    private static <T> Map<String, T> byParticipant(List<T> rows, Function<T, String> key) {
        Map<String, T> map = new HashMap<>(rows.size() * 2);
        rows.forEach(row -> map.put(key.apply(row), row));
        return map;
    }
}
