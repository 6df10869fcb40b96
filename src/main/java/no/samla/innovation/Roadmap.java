package no.samla.innovation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roadmap's phases in order, each with its steps in order: two queries, whatever the provider has defined. */
@Service
@Transactional(readOnly = true)
public class Roadmap {

    private final InnovationPhaseRepository phases;
    private final InnovationStepRepository steps;

    Roadmap(InnovationPhaseRepository phases, InnovationStepRepository steps) {
        this.phases = phases;
        this.steps = steps;
    }

    public List<InnovationPhase> phases() {
        return phases.findAllByOrderBySortOrder();
    }

    public List<RoadmapPhase> withSteps() {
        Map<Long, List<InnovationStep>> byPhase =
                steps.findAllByOrderBySortOrder().stream().collect(Collectors.groupingBy(InnovationStep::getPhaseId));
        return phases().stream()
                .map(phase -> new RoadmapPhase(phase, byPhase.getOrDefault(phase.getId(), List.of())))
                .toList();
    }

    /** A phase with its steps. */
    public record RoadmapPhase(InnovationPhase phase, List<InnovationStep> steps) {}
}
