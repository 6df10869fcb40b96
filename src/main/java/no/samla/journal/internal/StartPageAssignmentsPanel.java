package no.samla.journal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.samla.people.SamlaUser;
import no.samla.programme.ParticipantPanel;
import no.samla.programme.ParticipantProgramme;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Component;

/** On a leader's programme page: their open assignments, soonest due first, with the overdue ones marked. */
@Component
class StartPageAssignmentsPanel implements ParticipantPanel {

    /** The panel lists this many; the assignments page has them all. */
    static final int SHOWN = 5;

    private final Clock clock;

    StartPageAssignmentsPanel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    /** One statement in the page's read batch: the first open assignments and how many are open in all. */
    @Override
    public Deferred<Optional<Content>> content(SamlaUser user, ParticipantProgramme programme, ReadBatch reads) {
        LocalDate today = LocalDate.now(clock);
        return reads.query(
                        """
                        select a.id, a.title, a.due_on, count(*) over () as total
                        from assignment a
                        join assignment_recipient r on r.assignment_id = a.id
                        where r.person_id = :person and a.programme_id = :programme and r.done_at is null
                        order by a.due_on, a.id
                        limit :limit
                        """,
                        Map.of("person", user.personId(), "programme", programme.id(), "limit", SHOWN),
                        (rs, n) -> {
                            LocalDate due = rs.getObject("due_on", LocalDate.class);
                            return new Listed(
                                    new OpenAssignment(
                                            rs.getLong("id"), rs.getString("title"), due, due.isBefore(today)),
                                    rs.getLong("total"));
                        })
                .map(rows -> {
                    long total = rows.isEmpty() ? 0 : rows.get(0).total();
                    Map<String, Object> model = new HashMap<>();
                    model.put("open", rows.stream().map(Listed::assignment).toList());
                    model.put("total", total);
                    model.put("more", total - rows.size());
                    return Optional.of(new Content("journal/start-page :: assignments", model));
                });
    }

    /** A row of the statement: one of the first open assignments and how many are open in all. */
    private record Listed(OpenAssignment assignment, long total) {}

    /** An open assignment as the panel lists it. */
    record OpenAssignment(long id, String title, LocalDate dueOn, boolean overdue) {}
}
