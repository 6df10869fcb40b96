package no.samla.programme;

import java.time.LocalDate;
import java.util.List;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;

/**
 * What the programme needs to know of its gatherings, provided by the gathering module (which depends
 * on this one): the gatherings for the quote, and copying them when a programme is made from a template.
 */
public interface GatheringSchedule {

    List<ScheduledGathering> gatheringsOf(long programmeId);

    /** How many gatherings each of the programmes has, in one query. */
    java.util.Map<Long, Long> countsOf(java.util.Collection<Long> programmeIds);

    /**
     * The start date of the next gathering from {@code from} on of each programme the person takes part in as a
     * participant, by programme id; one statement in the page's read batch.
     */
    Deferred<java.util.Map<Long, LocalDate>> nextDatesOfParticipant(long personId, LocalDate from, ReadBatch reads);

    /** Copies the gatherings to another programme, the first on firstDate and then one every interval. */
    void copy(long fromProgrammeId, long toProgrammeId, LocalDate firstDate, int weeksBetween);

    /** What may be wrong with the programme's gatherings: too few facilitators, clashes, dates outside the period. */
    List<ScheduleWarning> warningsOf(long programmeId);

    /** A warning about one gathering: a message key and its arguments. */
    record ScheduleWarning(long gatheringId, String messageKey, List<Object> arguments) {}

    /** One gathering as the programme shows and prices it; format is the gathering module's format name. */
    record ScheduledGathering(
            long id,
            int number,
            String title,
            String theme,
            String format,
            LocalDate startDate,
            LocalDate endDate,
            java.math.BigDecimal adviserDays,
            java.time.LocalTime startTime,
            java.time.LocalTime endTime,
            String venueName,
            String videoLink) {}
}
