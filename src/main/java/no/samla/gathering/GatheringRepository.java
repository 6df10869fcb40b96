package no.samla.gathering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    @Query("select coalesce(max(g.number), 0) from Gathering g where g.programmeId = :programme")
    int highestNumber(@Param("programme") long programmeId);

    // Calendars. Times leave the database as text: Samla's times are local wall-clock times, and text cannot
    // be shifted by the JDBC time zone on the way.

    /** The programmes whose gatherings are in a person's calendar: they take part in them, or coordinate them. */
    String PERSON_PROGRAMMES = "(select pa.programme_id from participation pa where pa.person_id = :person"
            + " and pa.left_on is null"
            + " union select pc.programme_id from programme_coordinator pc where pc.person_id = :person)";

    String CALENDAR_COLUMNS = "select g.id, g.number, g.title, g.theme, g.format,"
            + " to_char(g.start_date, 'YYYY-MM-DD'), to_char(g.start_time, 'HH24:MI:SS'),"
            + " to_char(g.end_time, 'HH24:MI:SS'), g.venue_name, g.venue_address, g.venue_room, g.video_link,"
            + " g.calendar_sequence, cast(extract(epoch from g.calendar_changed_at) * 1000 as bigint),"
            + " p.name, p.status"
            + " from gathering g join programme p on p.id = g.programme_id and not p.template";

    /** The gatherings a person facilitates, which are in their calendar whatever their programme. */
    String FACILITATED_GATHERINGS = "(select f.gathering_id from gathering_facilitator f where f.person_id = :person)";

    String IN_PERSONS_CALENDAR =
            "(g.programme_id in " + PERSON_PROGRAMMES + " or g.id in " + FACILITATED_GATHERINGS + ")";

    /** The gatherings in a person's calendar, in one query. */
    @Query(nativeQuery = true, value = CALENDAR_COLUMNS + " where " + IN_PERSONS_CALENDAR)
    List<Object[]> calendarOf(@Param("person") long personId);

    /** One gathering as a calendar shows it; none for a template's gathering. */
    @Query(nativeQuery = true, value = CALENDAR_COLUMNS + " where g.id = :id")
    List<Object[]> calendarEntry(@Param("id") long gatheringId);

    /**
     * Whether a person has any gathering in their calendar. Run through JDBC, not as a repository query: it is asked on
     * every start page, where the repository's query machinery cost as much as the other sections' statements together.
     * The two ways into a calendar are asked apart: joined by "or" in one condition, PostgreSQL read every gathering.
     */
    String IN_ANY_CALENDAR = "select exists (select 1 from gathering g join programme p on p.id = g.programme_id"
            + " and not p.template where g.programme_id in " + PERSON_PROGRAMMES + ")"
            + " or exists (select 1 from gathering g join programme p on p.id = g.programme_id"
            + " and not p.template where g.id in " + FACILITATED_GATHERINGS + ")";

    /** The deleted gatherings a person's calendar must still hear of, in one query. */
    @Query(
            nativeQuery = true,
            value = "select c.gathering_id, c.number, c.title, to_char(c.starts_at, 'YYYY-MM-DD\"T\"HH24:MI:SS'),"
                    + " to_char(c.ends_at, 'YYYY-MM-DD\"T\"HH24:MI:SS'), c.calendar_sequence,"
                    + " cast(extract(epoch from c.cancelled_at) * 1000 as bigint), p.name"
                    + " from gathering_cancellation c join programme p on p.id = c.programme_id and not p.template"
                    + " where c.ends_at >= cast(:keepFrom as timestamp)"
                    + " and (c.programme_id in " + PERSON_PROGRAMMES + " or :person = any (c.facilitator_ids))")
    List<Object[]> cancellationsOf(@Param("person") long personId, @Param("keepFrom") String keepFrom);

    @Modifying
    @Query(
            nativeQuery = true,
            value = "insert into gathering_cancellation (gathering_id, programme_id, number, title, starts_at,"
                    + " ends_at, calendar_sequence, facilitator_ids, cancelled_at) values (:id, :programme, :number,"
                    + " :title, cast(:startsAt as timestamp), cast(:endsAt as timestamp), :sequence,"
                    + " cast(:facilitators as bigint[]), :cancelledAt)")
    void recordCancellation(
            @Param("id") long gatheringId,
            @Param("programme") long programmeId,
            @Param("number") int number,
            @Param("title") String title,
            @Param("startsAt") String startsAt,
            @Param("endsAt") String endsAt,
            @Param("sequence") int sequence,
            @Param("facilitators") String facilitatorIds,
            @Param("cancelledAt") java.time.Instant cancelledAt);

    @Modifying
    @Query(
            nativeQuery = true,
            value = "delete from gathering_cancellation where ends_at < cast(:keepFrom as timestamp)")
    void pruneCancellations(@Param("keepFrom") String keepFrom);
}
