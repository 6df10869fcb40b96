package no.samla.gathering;

import java.time.LocalDate;

/** What a coordinator enters about a gathering. */
public record GatheringData(
        int number, String title, String theme, GatheringFormat format, LocalDate startDate, String agendaOutline) {}
