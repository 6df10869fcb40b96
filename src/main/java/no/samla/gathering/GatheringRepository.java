package no.samla.gathering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GatheringRepository extends JpaRepository<Gathering, Long> {

    /** When a gathering row ends, in SQL: two-day formats end the day after they start. */
    String OVERLAPS = "(g.start_date + g.start_time) < "
            + "(o.start_date + (case when o.format in ('TWO_DAYS', 'LUNCH_TO_LUNCH') then 1 else 0 end) + o.end_time)"
            + " and (o.start_date + o.start_time) < "
            + "(g.start_date + (case when g.format in ('TWO_DAYS', 'LUNCH_TO_LUNCH') then 1 else 0 end) + g.end_time)";

    /**
     * Facilitators of this programme's gatherings who are booked on another gathering at the same time, in
     * any programme. Only the date of the other gathering is returned: which programme it belongs to may
     * be none of this programme's business.
     */
    @Query(
            nativeQuery = true,
            value = "select g.id, f.person_id, o.start_date from gathering g"
                    + " join gathering_facilitator f on f.gathering_id = g.id"
                    + " join gathering_facilitator fo on fo.person_id = f.person_id and fo.gathering_id <> g.id"
                    + " join gathering o on o.id = fo.gathering_id"
                    + " join programme op on op.id = o.programme_id and not op.template"
                    + " where g.programme_id = :programme and " + OVERLAPS
                    + " order by g.number, o.start_date")
    List<Object[]> facilitatorClashes(@Param("programme") long programmeId);

    /** Venues of this programme's gatherings that another gathering has booked at the same time. */
    @Query(
            nativeQuery = true,
            value = "select g.id, o.start_date from gathering g"
                    + " join gathering o on o.id <> g.id and lower(trim(o.venue_name)) = lower(trim(g.venue_name))"
                    + " and lower(coalesce(trim(o.venue_room), '')) = lower(coalesce(trim(g.venue_room), ''))"
                    + " join programme op on op.id = o.programme_id and not op.template"
                    + " where g.programme_id = :programme and g.venue_name is not null and " + OVERLAPS
                    + " order by g.number, o.start_date")
    List<Object[]> venueClashes(@Param("programme") long programmeId);

    /** This programme's gatherings that start before or end after the programme's period. */
    @Query(
            nativeQuery = true,
            value =
                    "select g.id from gathering g join programme p on p.id = g.programme_id"
                            + " where g.programme_id = :programme and not p.template"
                            + " and (g.start_date < p.start_date"
                            + " or g.start_date + (case when g.format in ('TWO_DAYS', 'LUNCH_TO_LUNCH') then 1 else 0 end) > p.end_date)")
    List<Long> outsidePeriod(@Param("programme") long programmeId);

    /**
     * Every warning about gatherings from {@code from} on in the programmes this viewer plans (all of them for the
     * admin), in one statement: the overview pages through it without loading any gathering.
     */
    String CONFLICTS = "with g as (select g.*, p.name as programme_name, p.start_date as p_start, p.end_date as p_end"
            + "   from gathering g join programme p on p.id = g.programme_id"
            + "   where not p.template and g.start_date >= :from and (:all or exists (select 1 from programme_coordinator pc"
            + "     where pc.programme_id = p.id and pc.person_id = :coordinator))),"
            + " w as ("
            + "  select g.id, 'FACILITATOR_BUSY' as kind, f.person_id, o.start_date as other_date, o.programme_id as other_programme"
            + "   from g join gathering_facilitator f on f.gathering_id = g.id"
            + "   join gathering_facilitator fo on fo.person_id = f.person_id and fo.gathering_id <> g.id"
            + "   join gathering o on o.id = fo.gathering_id join programme op on op.id = o.programme_id and not op.template"
            + "   where " + OVERLAPS
            + "  union all"
            + "  select g.id, 'VENUE_BUSY', null, o.start_date, o.programme_id from g"
            + "   join gathering o on o.id <> g.id and lower(trim(o.venue_name)) = lower(trim(g.venue_name))"
            + "    and lower(coalesce(trim(o.venue_room), '')) = lower(coalesce(trim(g.venue_room), ''))"
            + "   join programme op on op.id = o.programme_id and not op.template"
            + "   where g.venue_name is not null and " + OVERLAPS
            + "  union all"
            + "  select g.id, 'OUTSIDE_PERIOD', null, null, null from g where g.start_date < g.p_start"
            + "   or g.start_date + (case when g.format in ('TWO_DAYS', 'LUNCH_TO_LUNCH') then 1 else 0 end) > g.p_end"
            + "  union all"
            + "  select g.id, 'FEW_FACILITATORS', null, null, null from g"
            + "   where (select count(*) from gathering_facilitator f where f.gathering_id = g.id) < :usual)";

    @Query(
            nativeQuery = true,
            value = CONFLICTS
                    + " select w.kind, g.id, g.programme_id, g.programme_name, g.number, g.title, g.start_date,"
                    + " pe.full_name, w.other_date,"
                    + " case when :all or exists (select 1 from programme_coordinator pc where pc.programme_id = op.id"
                    + "   and pc.person_id = :coordinator) then op.name end,"
                    + " (select count(*) from gathering_facilitator f where f.gathering_id = g.id)"
                    + " from w join g on g.id = w.id left join person pe on pe.id = w.person_id"
                    + " left join programme op on op.id = w.other_programme"
                    + " order by g.start_date, g.start_time, g.programme_name, g.number, w.kind, w.other_date, pe.full_name"
                    + " limit :limit offset :offset")
    List<Object[]> conflicts(
            @Param("from") java.time.LocalDate from,
            @Param("all") boolean all,
            @Param("coordinator") Long coordinatorPersonId,
            @Param("usual") int usualFacilitators,
            @Param("limit") int limit,
            @Param("offset") long offset);

    @Query(nativeQuery = true, value = CONFLICTS + " select count(*) from w")
    long countConflicts(
            @Param("from") java.time.LocalDate from,
            @Param("all") boolean all,
            @Param("coordinator") Long coordinatorPersonId,
            @Param("usual") int usualFacilitators);

    @Query(
            "select distinct g from Gathering g left join fetch g.facilitatorIds where g.programmeId = :programme order by g.number")
    List<Gathering> findByProgramme(@Param("programme") long programmeId);

    @Query(
            "select count(g) > 0 from Gathering g where g.programmeId = :programme and g.number = :number and (:id is null or g.id <> :id)")
    boolean numberTaken(@Param("programme") long programmeId, @Param("number") int number, @Param("id") Long exceptId);

    @Query("select g.programmeId, count(g) from Gathering g where g.programmeId in :programmes group by g.programmeId")
    List<Object[]> countByProgramme(@Param("programmes") java.util.Collection<Long> programmeIds);

    @Query("select coalesce(max(g.number), 0) from Gathering g where g.programmeId = :programme")
    int highestNumber(@Param("programme") long programmeId);
}
