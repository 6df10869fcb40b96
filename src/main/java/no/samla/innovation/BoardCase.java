package no.samla.innovation;

/** One card on a programme's board. */
public record BoardCase(
        long id,
        String title,
        String ownerName,
        String municipalityName,
        CaseStatus status,
        CaseHealth health,
        String healthReason) {}
