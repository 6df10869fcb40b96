package no.samla.innovation;

import java.util.List;

/** Everything a case's page shows, read in a bounded number of queries. */
public record CasePage(
        CaseViewer viewer,
        InnovationCase innovationCase,
        boolean editable,
        String ownerName,
        String municipalityName,
        List<String> team,
        InnovationPhase phase,
        List<PhaseProgress> roadmap,
        List<TimelineEntry> timeline,
        List<LinkedCase> links) {

    /** A phase of the roadmap with this case's work on its steps. */
    public record PhaseProgress(InnovationPhase phase, List<StepProgress> steps, boolean current, boolean passed) {

        public long done() {
            return steps.stream().filter(StepProgress::done).count();
        }
    }

    /** One step and what the team has recorded on it (none yet when {@code work} is null). */
    public record StepProgress(InnovationStep step, CaseStep work, String updatedByName) {

        public boolean done() {
            return work != null && work.isDone();
        }
    }

    /** One phase change on the timeline; {@code skipped} are the phases jumped over, in order. */
    public record TimelineEntry(
            PhaseChange change,
            InnovationPhase from,
            InnovationPhase to,
            List<InnovationPhase> skipped,
            String recordedByName) {}

    /** A related case the viewer may see. */
    public record LinkedCase(long id, String title, String programmeName) {}
}
