package no.samla.innovation.method;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JourneyRepository extends JpaRepository<Journey, Long> {

    @EntityGraph(attributePaths = "steps")
    Optional<Journey> findWithStepsByIdAndCaseId(long id, long caseId);

    /**
     * The journey for a change: its version goes up at commit even when only a step changed. The steps are not
     * fetched with it: Hibernate would lock them too, and steps have no version to lock; they load on first use.
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<Journey> findForChangeByIdAndCaseId(long id, long caseId);

    @EntityGraph(attributePaths = "steps")
    List<Journey> findWithStepsByCaseIdOrderByTitleAscIdAsc(long caseId);

    @Query(value = """
            select new no.samla.innovation.method.JourneyRow(j.id, j.title, j.persona, size(j.steps), j.updatedAt)
            from Journey j where j.caseId = :caseId order by j.title, j.id
            """, countQuery = "select count(j) from Journey j where j.caseId = :caseId")
    Page<JourneyRow> rows(@Param("caseId") long caseId, Pageable pageable);
}
