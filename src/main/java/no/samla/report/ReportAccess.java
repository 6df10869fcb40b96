package no.samla.report;

import no.samla.people.Role;
import no.samla.people.SamlaUser;
import no.samla.programme.Enrolments;
import no.samla.programme.Programme;
import no.samla.programme.ProgrammeAccess;
import no.samla.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read which report: the whole programme's report is for its coordinators and the admin; a municipality's
 * report also for that municipality's admin while it is enrolled. Everyone else, and a municipality that is not in the
 * programme, gets "not found", so the report says nothing of a programme or municipality one may not see.
 */
@Component("reportAccess")
public class ReportAccess {

    private final ProgrammeAccess access;
    private final Enrolments enrolments;

    ReportAccess(ProgrammeAccess access, Enrolments enrolments) {
        this.access = access;
        this.enrolments = enrolments;
    }

    /** The programme whose whole report the user may read, or a 404. */
    public Programme wholeProgramme(SamlaUser user, long programmeId) {
        Programme programme = reportable(user, programmeId);
        if (!access.canManage(user, programme)) {
            throw new NotFoundException("Report", programmeId);
        }
        return programme;
    }

    /** The programme whose report for the municipality the user may read, or a 404. */
    public Programme municipality(SamlaUser user, long programmeId, long municipalityId) {
        Programme programme = reportable(user, programmeId);
        if (!access.canManage(user, programme) && !administers(user, municipalityId)) {
            throw new NotFoundException("Report", programmeId);
        }
        if (!enrolments.isEnrolled(programmeId, municipalityId)) {
            throw new NotFoundException("Municipality", municipalityId);
        }
        return programme;
    }

    /**
     * Where the programme's "Report" tab leads this user: the whole report for its coordinators and the admin, their
     * own municipality's report for a municipality admin, nowhere (null) for everyone else. For the programme's own
     * pages, which only those who may view the programme see: a municipality admin who is not one of its coordinators
     * sees them only while their municipality is enrolled, so the tab costs no query (the report checks again).
     */
    public String href(SamlaUser user, Programme programme) {
        if (programme.isTemplate()) {
            return null;
        }
        if (access.canManage(user, programme)) {
            return "/programmes/" + programme.getId() + "/report";
        }
        Long municipalityId = user.hasRole(Role.MUNICIPALITY_ADMIN)
                ? user.administeredMunicipalityId().orElse(null)
                : null;
        if (municipalityId != null) {
            return "/programmes/" + programme.getId() + "/report/municipalities/" + municipalityId;
        }
        return null;
    }

    private Programme reportable(SamlaUser user, long programmeId) {
        Programme programme = access.view(user, programmeId);
        if (programme.isTemplate()) {
            throw new NotFoundException("Report", programmeId);
        }
        return programme;
    }

    private static boolean administers(SamlaUser user, long municipalityId) {
        return user.hasRole(Role.MUNICIPALITY_ADMIN)
                && user.administeredMunicipalityId()
                        .map(id -> id == municipalityId)
                        .orElse(false);
    }
}
