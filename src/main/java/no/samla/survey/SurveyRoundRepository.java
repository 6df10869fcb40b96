package no.samla.survey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyRoundRepository extends JpaRepository<SurveyRound, Long> {

    List<SurveyRound> findBySurveyIdOrderByOpensOnAscIdAsc(long surveyId);

    List<SurveyRound> findBySurveyIdInOrderByOpensOnAscIdAsc(Collection<Long> surveyIds);

    /**
     * The rounds open on the day in surveys of the programmes the person takes part in as a participant. The programmes
     * are chosen in the query rather than passed as a list: Hibernate builds the SQL of a query with a list parameter
     * anew on every call.
     * The subquery is the rule of {@code Enrolments.programmesAsParticipant}: change them together.
     */
    @Query("""
            select r from SurveyRound r, Survey s where s.id = r.surveyId
               and s.programmeId in (select pa.programmeId from no.samla.programme.Participation pa join pa.roles ro
                                     where pa.personId = :personId and pa.leftOn is null
                                       and ro = no.samla.programme.ParticipationRole.PARTICIPANT)
               and r.opensOn <= :day and r.closesOn >= :day order by r.closesOn, r.id
            """)
    List<SurveyRound> findOpenForParticipant(long personId, LocalDate day);

    /**
     * Each round of the programme's surveys with each factor of its survey, the survey fetched with the factor, in one
     * query; ordered by survey, then by when the round opens, then by the factor's position. The survey's own lists stay
     * as they are (not loaded here), so a caller in the same transaction still reads them whole.
     */
    @Query("""
            select r, f from SurveyFactor f join fetch f.survey s, SurveyRound r
             where r.surveyId = s.id and s.programmeId = :programmeId
             order by s.id, r.opensOn, r.id, f.position
            """)
    List<Object[]> findWithFactors(long programmeId);
}
