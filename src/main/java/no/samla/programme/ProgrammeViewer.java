package no.samla.programme;

import no.samla.people.Role;
import no.samla.people.SamlaUser;

/**
 * Whose eyes a programme list or page is seen through: the admin sees every programme, a coordinator the
 * ones they coordinate, a municipality admin the ones their municipality takes part in.
 */
public record ProgrammeViewer(boolean seesAll, Long coordinatorPersonId, Long municipalityId) {

    public static ProgrammeViewer of(SamlaUser user) {
        return new ProgrammeViewer(
                user.hasRole(Role.ADMIN),
                user.hasRole(Role.COORDINATOR) ? user.personId() : null,
                user.hasRole(Role.MUNICIPALITY_ADMIN)
                        ? user.administeredMunicipalityId().orElse(null)
                        : null);
    }
}
