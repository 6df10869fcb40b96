package no.samla.networkgroup;

import no.samla.people.Sector;

/** A participant as read for composing, or a member of a group ({@code groupId}) as read for showing. */
public record MemberRow(
        Long groupId,
        Long personId,
        String fullName,
        Sector sector,
        String unit,
        String title,
        Long municipalityId,
        String municipalityName,
        Long leaderGroupId,
        String leaderGroupName,
        Long managerId) {

    public MemberRow(
            Long personId,
            String fullName,
            Sector sector,
            String unit,
            String title,
            Long municipalityId,
            String municipalityName,
            Long leaderGroupId,
            String leaderGroupName,
            Long managerId) {
        this(
                null,
                personId,
                fullName,
                sector,
                unit,
                title,
                municipalityId,
                municipalityName,
                leaderGroupId,
                leaderGroupName,
                managerId);
    }

    Candidate candidate() {
        return new Candidate(
                personId,
                fullName,
                sector == null ? null : sector.name(),
                blankToNull(unit),
                blankToNull(title),
                municipalityId,
                municipalityName,
                leaderGroupId,
                leaderGroupName,
                managerId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
