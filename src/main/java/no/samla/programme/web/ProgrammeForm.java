package no.samla.programme.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeData;
import no.samla.programme.Rates;
import no.samla.programme.StructurePlan;
import org.springframework.format.annotation.DateTimeFormat;

/** A programme as its form shows it; themes are written one per line, in order. */
record ProgrammeForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull Long providerId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endDate,

        @Size(max = 4000) String themes,
        Set<Long> coordinatorIds,
        @NotNull @Min(0) @Max(1000) Integer networkGroups,
        @NotNull @Min(0) @Max(100) Integer meetingsPerNetworkGroup,
        @NotNull @Min(0) @Max(100) Integer coachingSessionsPerParticipant,
        @NotNull Long version) {

    static ProgrammeForm empty(Long providerId, Long coordinatorPersonId, LocalDate today) {
        return new ProgrammeForm(
                "",
                "",
                providerId,
                today,
                today.plusMonths(6),
                "",
                coordinatorPersonId == null ? Set.of() : Set.of(coordinatorPersonId),
                4,
                4,
                4,
                0L);
    }

    static ProgrammeForm of(Programme programme) {
        return new ProgrammeForm(
                programme.getName(),
                programme.getDescription() == null ? "" : programme.getDescription(),
                programme.getProviderOrganisationId(),
                programme.getStartDate(),
                programme.getEndDate(),
                String.join("\n", programme.getThemes()),
                programme.getCoordinatorIds(),
                programme.getPlan().networkGroups(),
                programme.getPlan().meetingsPerNetworkGroup(),
                programme.getPlan().coachingSessionsPerParticipant(),
                programme.getVersion());
    }

    boolean endsBeforeItStarts() {
        return startDate != null && endDate != null && endDate.isBefore(startDate);
    }

    List<String> themeList() {
        return themes == null
                ? List.of()
                : Arrays.stream(themes.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    ProgrammeData toData(Rates rates, Long addedCoordinator) {
        Set<Long> coordinators = new HashSet<>(coordinatorIds == null ? Set.of() : coordinatorIds);
        if (addedCoordinator != null) {
            coordinators.add(addedCoordinator);
        }
        return new ProgrammeData(
                name.strip(),
                description == null || description.isBlank() ? null : description.strip(),
                providerId,
                startDate,
                endDate,
                themeList(),
                coordinators,
                new StructurePlan(networkGroups, meetingsPerNetworkGroup, coachingSessionsPerParticipant),
                rates);
    }
}
