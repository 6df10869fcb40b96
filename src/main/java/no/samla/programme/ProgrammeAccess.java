package no.samla.programme;

import no.samla.people.SamlaUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place the programme pages decide access: a programme the user may not see is "not found"
 * (404), and one they may see but not change refuses changes (403).
 */
@Component
public class ProgrammeAccess {

    private final Programmes programmes;

    ProgrammeAccess(Programmes programmes) {
        this.programmes = programmes;
    }

    /** The programme as this user may see it, or a 404. */
    public Programme view(SamlaUser user, long programmeId) {
        return programmes.get(ProgrammeViewer.of(user), programmeId);
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
