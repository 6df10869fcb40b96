package no.samla.coaching;

import java.time.Instant;

/** A coach's slot in their list, with the active booking's session and leader when it is booked. */
public record SlotRow(
        long slotId,
        long programmeId,
        String programmeName,
        Instant startsAt,
        int minutes,
        CoachingMode mode,
        String place,
        Long sessionId,
        String leaderName) {

    public boolean booked() {
        return sessionId != null;
    }
}
