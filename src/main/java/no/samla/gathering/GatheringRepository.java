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
