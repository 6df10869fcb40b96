package no.samla.innovation.method;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface WhyAnalysisRepository extends JpaRepository<WhyAnalysis, Long> {

    /** One page of a case's analyses; their answers come in one batch for the page. */
    Page<WhyAnalysis> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId, Pageable pageable);

    @EntityGraph(attributePaths = "answers")
    List<WhyAnalysis> findWithAnswersByCaseIdOrderByCreatedAtAscIdAsc(long caseId);

    @EntityGraph(attributePaths = "answers")
    Optional<WhyAnalysis> findByIdAndCaseId(long id, long caseId);
}
