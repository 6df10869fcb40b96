package no.samla.innovation;

/**
 * A person who may come on a home visit: one of the programme's coordinators or facilitators (municipality null), or
 * a participant from an enrolled municipality.
 */
public record HomeVisitPerson(long personId, String name, Long municipalityId) {

    public boolean staff() {
        return municipalityId == null;
    }
}
