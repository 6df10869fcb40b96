package no.samla.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a coordinator enters about a programme. */
public record ProgrammeData(
        String name,
        String description,
        Long providerOrganisationId,
        LocalDate startDate,
        LocalDate endDate,
        List<String> themes,
        Set<Long> coordinatorIds,
        StructurePlan plan,
        Rates rates) {}
