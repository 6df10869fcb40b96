package no.samla.innovation;

import java.util.List;

/** A leader's way in: the programmes they take part in (each has a board) and the cases whose team they are on. */
public record LeaderCases(List<ProgrammeLink> programmes, List<TeamCase> cases) {

    /** A programme by id and name. */
    public record ProgrammeLink(long id, String name) {}

    /** A case the leader is on the team of. */
    public record TeamCase(long id, String title, String programmeName, InnovationPhase phase, CaseHealth health) {}
}
