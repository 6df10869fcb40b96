package no.samla.innovation.benefit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BenefitRepository extends JpaRepository<Benefit, Long> {

    Optional<Benefit> findByIdAndCaseId(long id, long caseId);

    Optional<Benefit> findFirstByCaseIdAndTitleIgnoreCase(long caseId, String title);
}
