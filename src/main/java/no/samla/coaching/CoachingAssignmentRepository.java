package no.samla.coaching;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by the coaching facades. */
interface CoachingAssignmentRepository extends JpaRepository<CoachingAssignment, Long> {

    Optional<CoachingAssignment> findByProgrammeIdAndParticipantPersonId(long programmeId, long participantPersonId);

    String PARTICIPANTS = """
            from no.samla.programme.Participation pa join pa.roles r
            join no.samla.people.Person pe on pe.id = pa.personId
            left join CoachingAssignment ca on ca.programmeId = pa.programmeId and ca.participantPersonId = pa.personId
            left join no.samla.people.Person c on c.id = ca.coachPersonId
            where pa.programmeId = :programme and pa.leftOn is null
              and r = no.samla.programme.ParticipationRole.PARTICIPANT
            """;

    /** A programme's participants with their coach, quota override and active bookings, by name. */
    @Query(value = """
            select new no.samla.coaching.AssignmentRow(pe.id, pe.fullName, ca.coachPersonId, c.fullName, ca.quota,
                (select count(s) from CoachingSession s where s.programmeId = pa.programmeId
                   and s.leaderPersonId = pa.personId and s.status = no.samla.coaching.SessionStatus.BOOKED))
            """ + PARTICIPANTS + " order by pe.fullName, pe.id", countQuery = "select count(pa) " + PARTICIPANTS)
    Page<AssignmentRow> page(@Param("programme") long programmeId, Pageable pageable);

    /** The programmes a person takes part in as a participant, with their coach and quota there. */
    @Query("""
            select new no.samla.coaching.LeaderProgramme(p.id, p.name, p.plan.coachingSessionsPerParticipant, ca.quota,
                ca.coachPersonId, c.fullName)
            from no.samla.programme.Participation pa join pa.roles r
            join no.samla.programme.Programme p on p.id = pa.programmeId
            left join CoachingAssignment ca on ca.programmeId = p.id and ca.participantPersonId = pa.personId
            left join no.samla.people.Person c on c.id = ca.coachPersonId
            where pa.personId = :person and pa.leftOn is null
              and r = no.samla.programme.ParticipationRole.PARTICIPANT
            order by p.startDate desc, p.id
            """)
    java.util.List<LeaderProgramme> programmesOfParticipant(@Param("person") long personId);

    @Query("""
            select count(pa) > 0 from no.samla.programme.Participation pa join pa.roles r
            where pa.programmeId = :programme and pa.personId = :person and pa.leftOn is null
              and r = :role
            """)
    boolean hasRole(
            @Param("programme") long programmeId,
            @Param("person") long personId,
            @Param("role") no.samla.programme.ParticipationRole role);

    /** The people with the coach role in a programme now, by name. */
    @Query("""
            select new no.samla.coaching.NamedId(pe.id, pe.fullName)
            from no.samla.programme.Participation pa join pa.roles r
            join no.samla.people.Person pe on pe.id = pa.personId
            where pa.programmeId = :programme and pa.leftOn is null
              and r = no.samla.programme.ParticipationRole.COACH
            order by pe.fullName
            """)
    java.util.List<NamedId> coachesByRole(@Param("programme") long programmeId);

    /** The programmes (not templates) a person may coach in: as a coordinator or with the coach role. */
    @Query("""
            select new no.samla.coaching.NamedId(p.id, p.name) from no.samla.programme.Programme p
            where p.template = false and (:person member of p.coordinatorIds or exists (
                select 1 from no.samla.programme.Participation pa join pa.roles r
                where pa.programmeId = p.id and pa.personId = :person and pa.leftOn is null
                  and r = no.samla.programme.ParticipationRole.COACH))
            order by p.startDate desc, p.id
            """)
    java.util.List<NamedId> programmesCoachedBy(@Param("person") long personId);

    /** Takes a lock held to the end of the transaction, so that one person's bookings or slots are checked one at a time. */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(:space, cast(:id as integer))) l", nativeQuery = true)
    int lock(@Param("space") int space, @Param("id") long id);
}
