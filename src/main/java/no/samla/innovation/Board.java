package no.samla.innovation;

import java.util.List;
import no.samla.programme.EnrolledMunicipality;

/**
 * The cases of a programme in columns by roadmap phase, narrowed to one municipality when {@code municipalityId} is
 * set; {@code municipalities} are those the viewer may filter by.
 */
public record Board(
        CaseViewer viewer, List<Column> columns, List<EnrolledMunicipality> municipalities, Long municipalityId) {

    public long total() {
        return columns.stream().mapToLong(column -> column.cases().size()).sum();
    }

    /** One phase and its cases. */
    public record Column(InnovationPhase phase, List<BoardCase> cases) {}
}
