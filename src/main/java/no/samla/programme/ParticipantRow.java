package no.samla.programme;

import java.time.LocalDate;
import java.util.Set;

/** One line of a programme's participant list; roles are filled in by a second query. */
public record ParticipantRow(
        Long participationId,
        Long personId,
        String fullName,
        String email,
        String title,
        String municipalityName,
        String leaderGroupName,
        LocalDate joinedOn,
        LocalDate leftOn,
        Set<ParticipationRole> roles) {

    public ParticipantRow(
            Long participationId,
            Long personId,
            String fullName,
            String email,
            String title,
            String municipalityName,
            String leaderGroupName,
            LocalDate joinedOn,
            LocalDate leftOn) {
        this(
                participationId,
                personId,
                fullName,
                email,
                title,
                municipalityName,
                leaderGroupName,
                joinedOn,
                leftOn,
                Set.of());
    }

    ParticipantRow withRoles(Set<ParticipationRole> roles) {
        return new ParticipantRow(
                participationId,
                personId,
                fullName,
                email,
                title,
                municipalityName,
                leaderGroupName,
                joinedOn,
                leftOn,
                roles);
    }
}
