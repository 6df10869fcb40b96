package no.samla.coaching;

import java.time.Instant;

/** A coaching session in a list: when, how, with whom, and whether it is still booked. */
public record SessionRow(
        long sessionId,
        long programmeId,
        String programmeName,
        Instant startsAt,
        int minutes,
        CoachingMode mode,
        String place,
        SessionStatus status,
        long leaderPersonId,
        String leaderName,
        long coachPersonId,
        String coachName) {

    public Instant endsAt() {
        return startsAt.plusSeconds(minutes * 60L);
    }

    public boolean active() {
        return status == SessionStatus.BOOKED;
    }
}
