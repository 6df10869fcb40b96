package no.samla.coaching;

/** A programme a leader takes part in, with their coach and quota there. */
public record LeaderProgramme(
        long programmeId,
        String programmeName,
        int plannedSessions,
        Integer quotaOverride,
        Long coachPersonId,
        String coachName) {

    /** The sessions this leader may book: their own quota when set, else the programme's plan. */
    public int quota() {
        return quotaOverride != null ? quotaOverride : plannedSessions;
    }

    public boolean hasCoach() {
        return coachPersonId != null;
    }
}
