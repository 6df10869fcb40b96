package no.samla.coaching;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Used only by the coaching facades. */
interface CoachingSlotRepository extends JpaRepository<CoachingSlot, Long> {

    /** A coach's slots in one programme from a time on that nobody has booked. */
    @Query(value = """
            select sl from CoachingSlot sl
            where sl.programmeId = :programme and sl.coachPersonId = :coach and sl.startsAt > :after
              and not exists (select 1 from CoachingSession s where s.slot = sl
                              and s.status = no.samla.coaching.SessionStatus.BOOKED)
            order by sl.startsAt, sl.id
            """, countQuery = """
            select count(sl) from CoachingSlot sl
            where sl.programmeId = :programme and sl.coachPersonId = :coach and sl.startsAt > :after
              and not exists (select 1 from CoachingSession s where s.slot = sl
                              and s.status = no.samla.coaching.SessionStatus.BOOKED)
            """)
    Page<CoachingSlot> open(
            @Param("programme") long programmeId,
            @Param("coach") long coachPersonId,
            @Param("after") Instant after,
            Pageable pageable);

    String COACH_SLOTS = """
            from CoachingSlot sl join no.samla.programme.Programme p on p.id = sl.programmeId
            left join CoachingSession s on s.slot = sl and s.status = no.samla.coaching.SessionStatus.BOOKED
            left join no.samla.people.Person leader on leader.id = s.leaderPersonId
            where sl.coachPersonId = :coach
            """;

    String SLOT_ROW = """
            select new no.samla.coaching.SlotRow(sl.id, sl.programmeId, p.name, sl.startsAt, sl.minutes, sl.mode,
                sl.place, s.id, leader.fullName)
            """;

    /** A coach's slots from a time on, earliest first, with who booked each. */
    @Query(
            value = SLOT_ROW + COACH_SLOTS + " and sl.startsAt >= :now order by sl.startsAt, sl.id",
            countQuery = "select count(sl) " + COACH_SLOTS + " and sl.startsAt >= :now")
    Page<SlotRow> upcomingOfCoach(@Param("coach") long coachPersonId, @Param("now") Instant now, Pageable pageable);

    /** A coach's slots before a time, latest first, with who booked each. */
    @Query(
            value = SLOT_ROW + COACH_SLOTS + " and sl.startsAt < :now order by sl.startsAt desc, sl.id desc",
            countQuery = "select count(sl) " + COACH_SLOTS + " and sl.startsAt < :now")
    Page<SlotRow> pastOfCoach(@Param("coach") long coachPersonId, @Param("now") Instant now, Pageable pageable);

    /** How many slots a coach has between two times, in every programme. */
    @Query(
            "select count(sl) from CoachingSlot sl where sl.coachPersonId = :coach and sl.startsAt >= :from and sl.startsAt < :to")
    long countOfCoachBetween(@Param("coach") long coachPersonId, @Param("from") Instant from, @Param("to") Instant to);

    /** Whether a coach already has a slot that overlaps the given time. */
    @Query(value = """
            select count(*) > 0 from coaching_slot
            where coach_person_id = :coach and starts_at < :ends and starts_at + make_interval(mins => minutes) > :starts
            """, nativeQuery = true)
    boolean overlaps(
            @Param("coach") long coachPersonId, @Param("starts") Instant startsAt, @Param("ends") Instant endsAt);

    @Query("select count(s) > 0 from CoachingSession s where s.slot.id = :slot")
    boolean everBooked(@Param("slot") long slotId);
}
