package no.samla.innovation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by {@link InnovationCases}. */
interface CaseStepRepository extends JpaRepository<CaseStep, Long> {

    List<CaseStep> findByCaseId(long caseId);

    Optional<CaseStep> findByCaseIdAndStepId(long caseId, long stepId);
}
