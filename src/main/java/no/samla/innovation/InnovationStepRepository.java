package no.samla.innovation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used only by {@link Roadmap}. */
interface InnovationStepRepository extends JpaRepository<InnovationStep, Long> {

    List<InnovationStep> findAllByOrderBySortOrder();
}
