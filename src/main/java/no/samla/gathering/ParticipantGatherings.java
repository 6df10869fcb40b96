package no.samla.gathering;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
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
     * The person's gatherings that have not ended, soonest first, in programmes they take part in now that are
     * planned or running; one query whatever the number of programmes.
     */
    public List<NextGathering> nextFor(long personId, int limit) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.query(
                """
                select g.id, g.number, g.title, g.format, g.start_date, g.start_time, g.end_time,
                       g.venue_name, g.venue_address, g.venue_room, g.video_link, p.id as programme_id, p.name
                from gathering g
                join programme p on p.id = g.programme_id
                where not p.template and p.status in ('PLANNED', 'RUNNING')
                  and exists (select 1 from participation pa
                              where pa.programme_id = p.id and pa.person_id = ? and pa.left_on is null)
                  and g.start_date + (case when g.format in ('TWO_DAYS', 'LUNCH_TO_LUNCH') then 1 else 0 end)
                      + g.end_time >= ?
                order by g.start_date, g.start_time, g.id
                limit ?
                """,
                (row, n) -> new NextGathering(
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
                        row.getString("name")),
                personId,
                now,
                limit);
    }
}
