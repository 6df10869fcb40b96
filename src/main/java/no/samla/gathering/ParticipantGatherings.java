package no.samla.gathering;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gatherings as those who take part in them see them: which programme a gathering belongs to (so that access can
 * be decided before anything else is read), and a person's next gatherings across their programmes.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantGatherings {

    private static final String NEXT = """
            select g.id, g.number, g.title, g.format, g.start_date, g.start_time, g.end_time,
                   g.venue_name, g.venue_address, g.venue_room, g.video_link, p.id as programme_id, p.name
            from gathering g
            join programme p on p.id = g.programme_id
            """;

    /** A gathering has not ended while its last day's end time is still to come. */
    private static final String NOT_ENDED =
            " g.start_date + (case when g.format in ('TWO_DAYS', 'LUNCH_TO_LUNCH') then 1 else 0 end) + g.end_time >= ? ";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ParticipantGatherings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The programme of a gathering, if there is such a gathering. */
    public Optional<Long> programmeOf(long gatheringId) {
        return jdbc
                .query("select programme_id from gathering where id = ?", (row, n) -> row.getLong(1), gatheringId)
                .stream()
                .findFirst();
    }

    /**
     * The person's gatherings that have not ended, soonest first, in programmes they take part in now other than as a
     * participant (facilitating, coaching...) that are planned or running; one statement in the page's read batch
     * whatever the number of programmes. A participant's own programmes show their next gathering on their programme
     * page.
     */
    public Deferred<List<NextGathering>> nextBesidesOwnProgrammes(long personId, int limit, ReadBatch reads) {
        return reads.query(
                NEXT + """
                where not p.template and p.status in ('PLANNED', 'RUNNING')
                  and exists (select 1 from participation pa
                              where pa.programme_id = p.id and pa.person_id = ? and pa.left_on is null
                                and not exists (select 1 from participation_role r
                                                where r.participation_id = pa.id and r.role = 'PARTICIPANT'))
                  and """ + NOT_ENDED + """
                order by g.start_date, g.start_time, g.id
                limit ?
                """,
                ParticipantGatherings::nextGathering,
                personId,
                LocalDateTime.now(clock),
                limit);
    }

    /**
     * The programme's first gathering that has not ended, with its agenda and the material to read before it, for a
     * participant's programme page: two plain statements in the page's read batch, the gathering with its agenda items
     * in the first and the material of the same gathering in the second. Read through Hibernate after the gathering,
     * the items and the material were two entity queries and about a tenth of the start page's time.
     */
    public Deferred<Optional<NextGatheringDetails>> nextWithAgendaIn(long programmeId, ReadBatch reads) {
        LocalDateTime now = LocalDateTime.now(clock);
        String upcoming = "with upcoming as (" + NEXT + " where g.programme_id = ? and " + NOT_ENDED
                + " order by g.start_date, g.start_time, g.id limit 1)";
        Deferred<List<AgendaRow>> rows = reads.query(
                upcoming + """
                        select upcoming.*, ai.id as item_id, ai.day, ai.position, ai.title as item_title, ai.item_type,
                               ai.duration_minutes
                        from upcoming
                        left join agenda_item ai on ai.gathering_id = upcoming.id
                        order by ai.day, ai.position, ai.id
                        """,
                (row, n) -> new AgendaRow(
                        n == 0 ? nextGathering(row, n) : null,
                        row.getObject("item_id") == null
                                ? null
                                : new AgendaItem(
                                        row.getLong("item_id"),
                                        row.getLong("id"),
                                        row.getInt("day"),
                                        row.getInt("position"),
                                        row.getString("item_title"),
                                        AgendaItemType.valueOf(row.getString("item_type")),
                                        row.getInt("duration_minutes"))),
                programmeId,
                now);
        Deferred<List<NextGatheringDetails.BeforeMaterial>> before = reads.query(
                upcoming + """
                        select m.id, m.title, m.url, m.file_name from gathering_material m
                        join upcoming on upcoming.id = m.gathering_id
                        where m.kind = 'BEFORE'
                        order by m.id
                        """,
                (row, n) -> new NextGatheringDetails.BeforeMaterial(
                        row.getLong("id"), row.getString("title"), row.getString("url"), row.getString("file_name")),
                programmeId,
                now);
        return rows.with(before, (found, material) -> {
            if (found.isEmpty()) {
                return Optional.empty();
            }
            NextGathering next = found.get(0).gathering();
            List<AgendaItem> items =
                    found.stream().map(AgendaRow::item).filter(Objects::nonNull).toList();
            return Optional.of(new NextGatheringDetails(
                    next,
                    Agenda.days(
                            next.startDate(), next.format().calendarDays(), next.startTime(), next.endTime(), items),
                    material));
        });
    }

    /** A row of the next gathering's statement: the gathering on the first row only, and one agenda item or none. */
    private record AgendaRow(NextGathering gathering, AgendaItem item) {}

    /**
     * How many of the programme's gatherings that have started the person was marked present at, of how many have
     * started; one query.
     */
    public AttendanceRate attendanceOf(long personId, long programmeId) {
        return attendanceOf(personId, programmeId, ReadBatch.immediate(jdbc)).get();
    }

    /** {@link #attendanceOf(long, long)} as a read of a page's batch. */
    public Deferred<AttendanceRate> attendanceOf(long personId, long programmeId, ReadBatch reads) {
        return reads.single(
                """
                        select count(a.person_id) filter (where a.status = 'PRESENT') as present, count(g.id) as started
                        from gathering g
                        left join attendance a on a.gathering_id = g.id and a.person_id = ?
                        where g.programme_id = ? and g.start_date + g.start_time <= ?
                        """,
                (row, n) -> new AttendanceRate(row.getLong("present"), row.getLong("started")),
                personId,
                programmeId,
                LocalDateTime.now(clock));
    }

    private static NextGathering nextGathering(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new NextGathering(
                row.getLong("id"),
                row.getInt("number"),
                row.getString("title"),
                GatheringFormat.valueOf(row.getString("format")),
                row.getObject("start_date", java.time.LocalDate.class),
                row.getObject("start_time", java.time.LocalTime.class),
                row.getObject("end_time", java.time.LocalTime.class),
                row.getString("venue_name"),
                row.getString("venue_address"),
                row.getString("venue_room"),
                row.getString("video_link"),
                row.getLong("programme_id"),
                row.getString("name"));
    }
}
