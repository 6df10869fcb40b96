package no.samla.survey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyRoundRepository extends JpaRepository<SurveyRound, Long> {

    List<SurveyRound> findBySurveyIdOrderByOpensOnAscIdAsc(long surveyId);

    List<SurveyRound> findBySurveyIdInOrderByOpensOnAscIdAsc(Collection<Long> surveyIds);

    /** The rounds open on the day in surveys of the programmes. */
    @Query("""
            select r from SurveyRound r, Survey s where s.id = r.surveyId and s.programmeId in :programmeIds
               and r.opensOn <= :day and r.closesOn >= :day order by r.closesOn, r.id
            """)
    List<SurveyRound> findOpenIn(Collection<Long> programmeIds, LocalDate day);

    /** The rounds open on the day in the programme's surveys, each with its survey, in one query. */
    @Query("""
            select r, s from SurveyRound r, Survey s where s.id = r.surveyId and s.programmeId = :programmeId
               and r.opensOn <= :day and r.closesOn >= :day order by r.closesOn, r.id
            """)
    List<Object[]> findOpenWithSurvey(long programmeId, LocalDate day);
}
