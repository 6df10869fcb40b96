package no.samla.dashboard;

import java.util.List;
import no.samla.organisation.Municipality;
import no.samla.organisation.Organisations;
import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.programme.Enrolments;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.programme.ProgrammeFigures;
import no.samla.programme.ProgrammeFigures.Enrolment;
import no.samla.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who sees which dashboard. A municipality's dashboard is for that municipality's admin, the admin, and the
 * coordinators of programmes it takes part in (who see those programmes only). The list behind a figure follows the
 * programme: its coordinators and the admin see every municipality's part, an enrolled municipality's admin only their
 * own. Everything else is "not found", so a dashboard tells nothing of what one may not see.
 */
@Component
public class DashboardAccess {

    private final ProgrammeFigures figures;
    private final ProgrammeAccess programmes;
    private final Organisations organisations;
    private final Enrolments enrolments;

    DashboardAccess(
            ProgrammeFigures figures, ProgrammeAccess programmes, Organisations organisations, Enrolments enrolments) {
        this.figures = figures;
        this.enrolments = enrolments;
        this.programmes = programmes;
        this.organisations = organisations;
    }

    /** A municipality and the enrolments of it the user may see on its dashboard, or a 404. */
    public record MunicipalityView(Municipality municipality, List<Enrolment> enrolments) {}

    public MunicipalityView municipality(SamlaUser user, long municipalityId) {
        boolean ownMunicipality = user.hasRole(Role.MUNICIPALITY_ADMIN)
                && user.administeredMunicipalityId()
                        .map(id -> id == municipalityId)
                        .orElse(false);
        if (user.hasRole(Role.ADMIN) || ownMunicipality) {
            Municipality municipality = organisations
                    .findMunicipality(municipalityId)
                    .orElseThrow(() -> new NotFoundException("Municipality", municipalityId));
            return new MunicipalityView(municipality, figures.enrolments(null, municipalityId));
        }
        if (user.hasRole(Role.COORDINATOR)) {
            List<Enrolment> enrolments = figures.enrolments(user.personId(), municipalityId);
            if (!enrolments.isEmpty()) {
                return new MunicipalityView(
                        organisations.findMunicipality(municipalityId).orElseThrow(), enrolments);
            }
        }
        throw new NotFoundException("Municipality", municipalityId);
    }

    /**
     * The programme whose participants the user may list, with the municipality the list is limited to: the one asked
     * for, or for a municipality admin who is not one of its coordinators always their own. A 404 otherwise.
     */
    public record ListView(Programme programme, Long municipalityId) {}

    public ListView leaders(SamlaUser user, long programmeId, Long municipalityId) {
        Programme programme = programmes.view(user, programmeId);
        if (programme.isTemplate()) {
            throw new NotFoundException("Programme", programmeId);
        }
        Long scope = programmes.municipalityScope(user, programme);
        if (scope != null && municipalityId != null && !scope.equals(municipalityId)) {
            throw new NotFoundException("Municipality", municipalityId);
        }
        Long municipality = scope != null ? scope : municipalityId;
        if (municipality != null && !enrolments.isEnrolled(programmeId, municipality)) {
            throw new NotFoundException("Municipality", municipality);
        }
        return new ListView(programme, municipality);
    }

    /** Whether the user may remind the programme's participants: its coordinators and the admin. */
    public Programme manage(SamlaUser user, long programmeId) {
        Programme programme = programmes.view(user, programmeId);
        if (programme.isTemplate() || !programmes.canManage(user, programme)) {
            throw new NotFoundException("Programme", programmeId);
        }
        return programme;
    }
}
