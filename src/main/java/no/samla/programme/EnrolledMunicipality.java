package no.samla.programme;

/** A municipality in a programme with its counts. */
public record EnrolledMunicipality(
        Long id, Long municipalityId, String number, String name, long leaderGroups, long participants) {}
