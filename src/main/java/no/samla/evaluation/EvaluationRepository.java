package no.samla.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by {@link Evaluations}. */
interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    @Query("select distinct e from Evaluation e left join fetch e.questions where e.id = :id")
    Optional<Evaluation> findWithQuestions(@Param("id") long id);

    @Query("select e from Evaluation e where e.programmeId = :programme")
    List<Evaluation> findByProgramme(@Param("programme") long programmeId);

    @Query("select e from Evaluation e where e.gatheringId = :gathering")
    Optional<Evaluation> findByGathering(@Param("gathering") long gatheringId);

    @Query("select e from Evaluation e where e.programmeId = :programme and e.gatheringId is null")
    Optional<Evaluation> findProgrammeLevel(@Param("programme") long programmeId);
}
