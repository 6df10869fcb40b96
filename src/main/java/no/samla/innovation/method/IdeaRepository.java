package no.samla.innovation.method;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdeaRepository extends JpaRepository<Idea, Long> {

    Optional<Idea> findByIdAndCaseId(long id, long caseId);
}
