package no.samla.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samla.system.read.Deferred;
import no.samla.system.read.ReadBatch;
import org.springframework.stereotype.Service;

/**
 * The programmes a person takes part in as a participant (a leader), for their own programme page: which ones, and
 * which of them is current (the one with the soonest next gathering, else the latest to start).
 */
@Service
public class ParticipantProgrammes {

    private static final String PROGRAMMES = """
            select distinct p.id, p.name, p.start_date, p.end_date
            from participation pa
            join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
            join programme p on p.id = pa.programme_id
            where pa.person_id = :person and pa.left_on is null and not p.template and p.status <> 'DRAFT'
            """;

    private final GatheringSchedule gatherings;
    private final Clock clock;

    ParticipantProgrammes(GatheringSchedule gatherings, Clock clock) {
        this.gatherings = gatherings;
        this.clock = clock;
    }

    /**
     * The programmes (not templates, not drafts) where the person is an active participant, current first, then by
     * start date (latest first); two statements in the page's read batch, whatever their number.
     */
    public Deferred<List<ParticipantProgramme>> of(long personId, ReadBatch reads) {
        LocalDate today = LocalDate.now(clock);
        Deferred<List<ParticipantProgramme>> found =
                reads.query(PROGRAMMES, Map.of("person", personId), ParticipantProgrammes::programme);
        return found.with(
                gatherings.nextDatesOfParticipant(personId, today, reads),
                (programmes, next) -> programmes.stream()
                        .map(p -> new ParticipantProgramme(
                                p.id(), p.name(), p.startDate(), p.endDate(), next.get(p.id())))
                        .sorted(Comparator.comparing(
                                        ParticipantProgramme::nextGathering,
                                        Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(ParticipantProgramme::startDate, Comparator.reverseOrder())
                                .thenComparing(ParticipantProgramme::id))
                        .toList());
    }

    private static ParticipantProgramme programme(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ParticipantProgramme(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                null);
    }

    /** The person's programme with this id, if they take part in it as a participant. */
    public static Optional<ParticipantProgramme> find(List<ParticipantProgramme> programmes, long programmeId) {
        return programmes.stream().filter(p -> p.id() == programmeId).findFirst();
    }
}
