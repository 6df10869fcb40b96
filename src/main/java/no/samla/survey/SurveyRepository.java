package no.samla.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    List<Survey> findByProgrammeIdOrderByIdAsc(long programmeId);

    List<Survey> findByIdIn(java.util.Collection<Long> ids);

    List<Survey> findByProgrammeIdInOrderByIdAsc(java.util.Collection<Long> programmeIds);

    /** The survey with its questions; its factors come with one more query when read. */
    @Query("select distinct s from Survey s left join fetch s.questions where s.id = :id")
    Optional<Survey> findWithQuestions(long id);

    /** The programme's surveys with their questions; {@link #findWithFactorsByProgramme} fills in their factors. */
    @Query("select distinct s from Survey s left join fetch s.questions where s.programmeId = :programmeId"
            + " order by s.id")
    List<Survey> findWithQuestionsByProgramme(long programmeId);

    /** The programme's surveys with their factors (two bags cannot be fetched in one query). */
    @Query("select distinct s from Survey s left join fetch s.factors where s.programmeId = :programmeId")
    List<Survey> findWithFactorsByProgramme(long programmeId);
}
