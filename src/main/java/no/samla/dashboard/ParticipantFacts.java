package no.samla.dashboard;

import java.util.ArrayList;
import java.util.List;
import no.samla.coaching.CoachingFigures.ParticipantCoaching;
import no.samla.gathering.AttendanceFigures.ParticipantAttendance;
import no.samla.journal.JournalFigures.ParticipantWork;
import no.samla.networkgroup.NetworkFigures.ParticipantMeetings;
import no.samla.programme.ProgrammeFigures.ScopedParticipant;

/**
 * What the dashboards know of one participant in one programme: counts and dates from each module, and whether they
 * are at risk. Every dashboard figure is a sum of these, so that the list behind a figure holds exactly the people it
 * counts.
 */
public record ParticipantFacts(
        ScopedParticipant participant,
        ParticipantAttendance attendance,
        ParticipantWork work,
        ParticipantCoaching coaching,
        ParticipantMeetings meetings) {

    /** Missed gatherings (marked absent without an excuse) that make a participant at risk. */
    public static final int MISSED_GATHERINGS = 2;

    /** Why a participant is at risk. */
    public enum Risk {
        MISSED_GATHERINGS,
        NO_LOG_ENTRY,
        NO_COACHING
    }

    public long programmeId() {
        return participant.programmeId();
    }

    public long personId() {
        return participant.personId();
    }

    public Long municipalityId() {
        return participant.municipalityId();
    }

    /**
     * The reasons this participant is at risk: {@value #MISSED_GATHERINGS} or more gatherings missed, no log entry in
     * the last 30 days, no coaching session held or booked where they have a coaching quota.
     */
    public List<Risk> risks() {
        List<Risk> risks = new ArrayList<>();
        if (attendance.absent() >= MISSED_GATHERINGS) {
            risks.add(Risk.MISSED_GATHERINGS);
        }
        if (!work.active()) {
            risks.add(Risk.NO_LOG_ENTRY);
        }
        if (coaching.quota() > 0 && !coaching.booked()) {
            risks.add(Risk.NO_COACHING);
        }
        return risks;
    }

    public boolean atRisk() {
        return !risks().isEmpty();
    }
}
