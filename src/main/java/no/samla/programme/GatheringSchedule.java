package no.samla.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * What the programme needs to know of its gatherings, provided by the gathering module (which depends
 * on this one): the gatherings for the quote, and copying them when a programme is made from a template.
 */
public interface GatheringSchedule {

    List<ScheduledGathering> gatheringsOf(long programmeId);

    /** How many gatherings each of the programmes has, in one query. */
    java.util.Map<Long, Long> countsOf(java.util.Collection<Long> programmeIds);

    /** Copies the gatherings to another programme, the first on firstDate and then one every interval. */
    void copy(long fromProgrammeId, long toProgrammeId, LocalDate firstDate, int weeksBetween);

    /** One gathering as the programme shows and prices it; format is the gathering module's format name. */
    record ScheduledGathering(
            long id,
            int number,
            String title,
            String theme,
            String format,
            LocalDate startDate,
            LocalDate endDate,
            java.math.BigDecimal adviserDays) {}
}
