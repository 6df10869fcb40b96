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

    /**
     * The open evaluations of the programmes the person takes part in as a participant. The programmes are chosen in
     * the query rather than passed as a list: Hibernate builds the SQL of a query with a list parameter anew on every
     * call.
     * The subquery is the rule of {@code Enrolments.programmesAsParticipant}: change them together.
     */
    @Query("""
            select e from Evaluation e where e.status = no.samla.evaluation.EvaluationStatus.OPEN
              and e.programmeId in (select pa.programmeId from no.samla.programme.Participation pa join pa.roles r
                                    where pa.personId = :person and pa.leftOn is null
                                      and r = no.samla.programme.ParticipationRole.PARTICIPANT)
            order by e.programmeId, e.gatheringId nulls last
            """)
    List<Evaluation> findOpenForParticipant(@Param("person") long personId);
}
