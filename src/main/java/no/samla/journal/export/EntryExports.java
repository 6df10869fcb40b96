package no.samla.journal.export;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.samla.coaching.Coaching;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.DevelopmentProjectVersion;
import no.samla.coaching.DevelopmentProjects;
import no.samla.coaching.LeaderProgramme;
import no.samla.people.People;
import no.samla.people.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a leader's own development project and log entries in a programme for export. Only a participant of the
 * programme gets anything ("not found" for everyone else), and only their own entries. The entries and their
 * comments are read in two statements however many there are.
 */
@Service
@Transactional(readOnly = true)
class EntryExports {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final JdbcClient jdbc;
    private final Coaching coaching;
    private final DevelopmentProjects projects;
    private final People people;
    private final Clock clock;

    EntryExports(JdbcClient jdbc, Coaching coaching, DevelopmentProjects projects, People people, Clock clock) {
        this.jdbc = jdbc;
        this.coaching = coaching;
        this.projects = projects;
        this.people = people;
        this.clock = clock;
    }

    /** The programmes the person can export from: those they take part in as a participant. */
    List<LeaderProgramme> programmesOf(long personId) {
        return coaching.programmesOf(personId);
    }

    /** Everything of the leader's own in the programme; "not found" unless they take part in it as a participant. */
    EntryExport export(long personId, String leaderName, long programmeId) {
        LeaderProgramme programme = coaching.programmeOf(personId, programmeId);
        Map<Long, List<EntryExport.Comment>> comments = comments(personId, programmeId);
        List<EntryExport.Entry> entries = jdbc.sql("""
                        select e.id, e.entry_date, e.behaviour, e.development_project_id is not null as about_project,
                               a.title as assignment_title, m.meeting_date,
                               v.did, v.happened, v.learned, v.next_step, coalesce(v.number, 0) as versions
                        from log_entry e
                        left join assignment a on a.id = e.assignment_id
                        left join network_meeting m on m.id = e.network_meeting_id
                        left join lateral (
                            select did, happened, learned, next_step, number from log_entry_version
                            where entry_id = e.id order by number desc limit 1) v on true
                        where e.person_id = :person and e.programme_id = :programme
                        order by e.entry_date, e.created_at, e.id
                        """)
                .param("person", personId)
                .param("programme", programmeId)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    Date meeting = rs.getDate("meeting_date");
                    return new EntryExport.Entry(
                            id,
                            rs.getDate("entry_date").toLocalDate(),
                            rs.getString("assignment_title"),
                            rs.getString("behaviour"),
                            rs.getBoolean("about_project"),
                            meeting == null ? null : meeting.toLocalDate(),
                            text(rs.getString("did")),
                            text(rs.getString("happened")),
                            text(rs.getString("learned")),
                            text(rs.getString("next_step")),
                            rs.getInt("versions"),
                            comments.getOrDefault(id, List.of()));
                })
                .list();
        return new EntryExport(
                leaderName,
                programme.programmeName(),
                LocalDate.now(clock.withZone(OSLO)),
                project(personId, programmeId),
                entries);
    }

    private EntryExport.Project project(long personId, long programmeId) {
        DevelopmentProject project = projects.own(personId, programmeId).orElse(null);
        if (project == null) {
            return null;
        }
        DevelopmentProjectVersion latest = projects.latest(project).orElse(null);
        if (latest == null) {
            return null;
        }
        DevelopmentProjectVersion.ProjectText text = latest.text();
        return new EntryExport.Project(
                text(text.goal()),
                text(text.why()),
                text.behaviour(),
                text(text.practice()),
                text(text.evidence()),
                projects.history(project).size(),
                latest.getCreatedAt());
    }

    /** The comments on the leader's entries in the programme, oldest first, by entry; names from the people module. */
    private Map<Long, List<EntryExport.Comment>> comments(long personId, long programmeId) {
        record Row(long entryId, long authorId, java.time.Instant createdAt, String text) {}
        List<Row> rows = jdbc.sql("""
                        select c.entry_id, c.author_person_id, c.created_at, c.text
                        from log_entry_comment c
                        join log_entry e on e.id = c.entry_id
                        where e.person_id = :person and e.programme_id = :programme
                        order by c.created_at, c.id
                        """)
                .param("person", personId)
                .param("programme", programmeId)
                .query((rs, row) -> new Row(
                        rs.getLong("entry_id"),
                        rs.getLong("author_person_id"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("text")))
                .list();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        List<Long> authors = new ArrayList<>(
                new LinkedHashSet<>(rows.stream().map(Row::authorId).toList()));
        for (Person person : people.getAll(authors)) {
            names.put(person.getId(), person.getFullName());
        }
        Map<Long, List<EntryExport.Comment>> byEntry = new LinkedHashMap<>();
        for (Row row : rows) {
            byEntry.computeIfAbsent(row.entryId(), entry -> new ArrayList<>())
                    .add(new EntryExport.Comment(names.getOrDefault(row.authorId(), ""), row.createdAt(), row.text()));
        }
        return byEntry;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
