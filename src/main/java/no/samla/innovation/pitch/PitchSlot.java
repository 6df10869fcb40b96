package no.samla.innovation.pitch;

import java.time.LocalDateTime;

/**
 * One case's place in the pitch: its order, its own minutes (null for the pitch's default), the minutes it gets and
 * when it starts when the gathering's start is known.
 */
public record PitchSlot(
        long caseId,
        String title,
        Long municipalityId,
        String municipalityName,
        int number,
        Integer ownMinutes,
        int minutes,
        LocalDateTime startsAt) {}
