package no.samla.innovation;

import java.util.List;
import no.samla.programme.EnrolledMunicipality;
import org.springframework.data.domain.Page;

/**
 * The cases of a programme in columns by roadmap phase, narrowed to one municipality when {@code municipalityId} is
 * set; {@code municipalities} are those the viewer may filter by. When one phase is shown alone, {@code phasePage} is
 * the page of it shown (case ids), otherwise null. {@code total} counts every case on the board.
 */
public record Board(
        CaseViewer viewer,
        List<Column> columns,
        List<EnrolledMunicipality> municipalities,
        Long municipalityId,
        Page<Long> phasePage,
        long total) {

    /** One phase, the cases shown in it, and how many it has in all. */
    public record Column(InnovationPhase phase, List<BoardCase> cases, long total) {

        public boolean hasMore() {
            return total > cases.size();
        }
    }
}
