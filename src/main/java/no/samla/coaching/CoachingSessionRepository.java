package no.samla.coaching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by the coaching facades. */
interface CoachingSessionRepository extends JpaRepository<CoachingSession, Long> {

    @Query("select s from CoachingSession s join fetch s.slot where s.id = :id")
    Optional<CoachingSession> findWithSlot(@Param("id") long id);

    @Query("""
            select count(s) from CoachingSession s where s.programmeId = :programme and s.leaderPersonId = :leader
              and s.status = no.samla.coaching.SessionStatus.BOOKED
            """)
    long countActive(@Param("programme") long programmeId, @Param("leader") long leaderPersonId);

    @Query(
            "select count(s) > 0 from CoachingSession s where s.slot.id = :slot and s.status = no.samla.coaching.SessionStatus.BOOKED")
    boolean slotTaken(@Param("slot") long slotId);

    @Query("""
            select count(s) from CoachingSession s join s.slot sl where s.coachPersonId = :coach
              and s.status = no.samla.coaching.SessionStatus.BOOKED and sl.startsAt >= :from and sl.startsAt < :to
            """)
    long countOfCoachBetween(@Param("coach") long coachPersonId, @Param("from") Instant from, @Param("to") Instant to);

    /** A leader's sessions in one programme, cancelled ones included, latest first. */
    @Query("""
            select new no.samla.coaching.SessionRow(s.id, s.programmeId, p.name, sl.startsAt, sl.minutes, sl.mode,
                sl.place, s.status, s.leaderPersonId, leader.fullName, s.coachPersonId, coach.fullName)
            from CoachingSession s join s.slot sl join no.samla.programme.Programme p on p.id = s.programmeId
            join no.samla.people.Person leader on leader.id = s.leaderPersonId
            join no.samla.people.Person coach on coach.id = s.coachPersonId
            where s.programmeId = :programme and s.leaderPersonId = :leader
            order by sl.startsAt desc, s.id desc
            """)
    List<SessionRow> ofLeader(
            @Param("programme") long programmeId, @Param("leader") long leaderPersonId, Pageable pageable);
}
