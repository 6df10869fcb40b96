package no.samla.programme;

import no.samla.people.SamlaUser;
import no.samla.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place the programme pages decide access: a programme the user may not see is "not found"
 * (404), and one they may see but not change refuses changes (403).
 */
@Component
public class ProgrammeAccess {

    private final Programmes programmes;
    private final Enrolments enrolments;

    ProgrammeAccess(Programmes programmes, Enrolments enrolments) {
        this.programmes = programmes;
        this.enrolments = enrolments;
    }

    /** The programme as this user may see it, or a 404. */
    public Programme view(SamlaUser user, long programmeId) {
        return programmes.get(ProgrammeViewer.of(user), programmeId);
    }

    /**
     * The programme as seen by one who takes part in it (a leader, facilitator or coach) or may view it; a 404 for
     * everyone else. Pages for participants (a gathering's practical details, evaluations, calendars) use this.
     */
    public Programme member(SamlaUser user, long programmeId) {
        if (takesPart(user, programmeId)) {
            return programmes.find(programmeId).orElseThrow(() -> new NotFoundException("Programme", programmeId));
        }
        return view(user, programmeId);
    }

    /** Whether the user may see the programme's own pages (its coordinators, the admin, an enrolled municipality's admin). */
    public boolean canView(SamlaUser user, long programmeId) {
        return programmes.isVisible(ProgrammeViewer.of(user), programmeId);
    }

    /** Whether the user takes part in the programme now, in any role. */
    public boolean takesPart(SamlaUser user, long programmeId) {
        return enrolments.takesPart(programmeId, user.personId());
    }

    /** The programme if this user may change it: a 404 if they cannot see it, a 403 if they only see it. */
    public Programme manage(SamlaUser user, long programmeId) {
        Programme programme = view(user, programmeId);
        if (!canManage(user, programme)) {
            throw new AccessDeniedException("Only the programme's coordinators may change it");
        }
        return programme;
    }

    public boolean canManage(SamlaUser user, Programme programme) {
        return programmes.canManage(ProgrammeViewer.of(user), programme);
    }

    /** A municipality admin sees only their own municipality's part of a programme; others see all of it. */
    public Long municipalityScope(SamlaUser user, Programme programme) {
        return canManage(user, programme) ? null : ProgrammeViewer.of(user).municipalityId();
    }
}
