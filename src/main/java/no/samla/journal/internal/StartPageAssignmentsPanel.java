package no.samla.journal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a leader's programme page: their open assignments, soonest due first, with the overdue ones marked. */
@Component
class StartPageAssignmentsPanel implements ParticipantPanel {

    /** The panel lists this many; the assignments page has them all. */
    static final int SHOWN = 5;

    private final JdbcClient jdbc;
    private final Clock clock;

    StartPageAssignmentsPanel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    /** One query: the first open assignments and how many are open in all. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Content> content(SamlaUser user, ParticipantProgramme programme) {
        long programmeId = programme.id();
        LocalDate today = LocalDate.now(clock);
        long[] total = {0};
        List<OpenAssignment> open = jdbc.sql("""
                        select a.id, a.title, a.due_on, count(*) over () as total
                        from assignment a
                        join assignment_recipient r on r.assignment_id = a.id
                        where r.person_id = :person and a.programme_id = :programme and r.done_at is null
                        order by a.due_on, a.id
                        limit :limit
                        """)
                .param("person", user.personId())
                .param("programme", programmeId)
                .param("limit", SHOWN)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new OpenAssignment(rs.getLong("id"), rs.getString("title"), due, due.isBefore(today));
                })
                .list();
        Map<String, Object> model = new HashMap<>();
        model.put("open", open);
        model.put("total", total[0]);
        model.put("more", total[0] - open.size());
        return Optional.of(new Content("journal/start-page :: assignments", model));
    }

    /** An open assignment as the panel lists it. */
    record OpenAssignment(long id, String title, LocalDate dueOn, boolean overdue) {}
}
