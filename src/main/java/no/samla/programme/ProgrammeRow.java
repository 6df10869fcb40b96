package no.samla.programme;

import java.time.LocalDate;

/** One line of the programme list. */
public record ProgrammeRow(
        Long id,
        String name,
        String providerName,
        LocalDate startDate,
        LocalDate endDate,
        ProgrammeStatus status,
        long municipalities,
        long participants) {}
