package no.samla.innovation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by {@link InnovationCases}. */
interface PhaseChangeRepository extends JpaRepository<PhaseChange, Long> {

    List<PhaseChange> findByCaseIdOrderByDecidedOnAscIdAsc(long caseId);
}
