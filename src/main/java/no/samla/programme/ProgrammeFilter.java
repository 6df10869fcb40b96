package no.samla.programme;

/** The list's search and filters; null means "any". */
public record ProgrammeFilter(
        String query, ProgrammeStatus status, Long providerId, Long municipalityId, Integer year) {

    public String normalisedQuery() {
        return query == null ? "" : query.strip();
    }
}
