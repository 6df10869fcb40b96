package no.samla.innovation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by {@link InnovationCases} and {@link Roadmap}. */
interface InnovationPhaseRepository extends JpaRepository<InnovationPhase, Long> {

    List<InnovationPhase> findAllByOrderBySortOrder();
}
