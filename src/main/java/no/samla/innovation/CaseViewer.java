package no.samla.innovation;

import no.samla.programme.Programme;

/**
 * How one person sees the cases of one programme: its coordinators and the admin manage them all; those who take
 * part in it see them all; an enrolled municipality's admin sees only their own municipality's cases
 * ({@code municipalityScope}). Team members edit their own case on top of that.
 */
public record CaseViewer(
        long personId, Programme programme, boolean manager, boolean participant, Long municipalityScope) {

    public boolean sees(InnovationCase innovationCase) {
        return manager
                || participant
                || (municipalityScope != null && municipalityScope.equals(innovationCase.getMunicipalityId()));
    }

    public boolean edits(InnovationCase innovationCase) {
        return manager || innovationCase.getTeam().contains(personId);
    }
}
