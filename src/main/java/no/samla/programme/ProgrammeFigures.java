package no.samla.programme;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What dashboards ask the programme module: which municipalities take part in which programmes, and who the
 * participants are. Projections in one statement each, never entities.
 */
@Component
@Transactional(readOnly = true)
public class ProgrammeFigures {

    /** A municipality enrolled in a programme that has left the drawing board (not a template, not a draft). */
    public record Enrolment(
            long programmeId,
            String programmeName,
            ProgrammeStatus status,
            LocalDate startDate,
            LocalDate endDate,
            long municipalityId,
            String municipalityName) {}

    /** A participant of a programme in a dashboard's scope; the municipality is null for people without one. */
    public record ScopedParticipant(
            long programmeId, long personId, String name, Long municipalityId, String municipalityName) {}

    private final NamedParameterJdbcTemplate jdbc;

    ProgrammeFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The enrolments of the programmes a coordinator coordinates ({@code coordinatorPersonId} set) or of every
     * programme (null), of one municipality ({@code municipalityId} set) or of all; newest programme first, then
     * municipality by name.
     */
    public List<Enrolment> enrolments(Long coordinatorPersonId, Long municipalityId) {
        return jdbc.query(
                """
                select p.id, p.name, p.status, p.start_date, p.end_date, m.id, m.name
                from programme_municipality pm
                join programme p on p.id = pm.programme_id
                join municipality m on m.id = pm.municipality_id
                where not p.template and p.status <> 'DRAFT'
                  and (cast(:municipality as bigint) is null or pm.municipality_id = :municipality)
                  and (cast(:coordinator as bigint) is null
                       or exists (select 1 from programme_coordinator pc
                                  where pc.programme_id = p.id and pc.person_id = :coordinator))
                order by p.start_date desc, p.id, m.name
                """,
                new MapSqlParameterSource()
                        .addValue("coordinator", coordinatorPersonId, Types.BIGINT)
                        .addValue("municipality", municipalityId, Types.BIGINT),
                (rs, row) -> new Enrolment(
                        rs.getLong(1),
                        rs.getString(2),
                        ProgrammeStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getLong(6),
                        rs.getString(7)));
    }

    /** The participants in the scope, by programme and name. */
    public List<ScopedParticipant> participants(ParticipantScope scope) {
        return jdbc.query(
                "with " + scope.participants() + """
                select s.programme_id, s.person_id, pe.full_name, s.municipality_id, m.name
                from scoped s
                join person pe on pe.id = s.person_id
                left join municipality m on m.id = s.municipality_id
                order by s.programme_id, pe.full_name, s.person_id
                """,
                scope.parameters(),
                (rs, row) -> new ScopedParticipant(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5)));
    }

    /** Installation-wide counts: programmes by status (templates left out), municipalities and people taking part. */
    public record InstallationCounts(
            long planned, long running, long completed, long municipalities, long participants, long accounts) {}

    public InstallationCounts installation() {
        return jdbc.queryForObject(
                """
                select count(*) filter (where p.status = 'PLANNED'),
                       count(*) filter (where p.status = 'RUNNING'),
                       count(*) filter (where p.status = 'COMPLETED'),
                       (select count(distinct pm.municipality_id) from programme_municipality pm
                        join programme q on q.id = pm.programme_id
                        where not q.template and q.status in ('PLANNED', 'RUNNING')),
                       (select count(distinct pa.person_id) from participation pa
                        join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                        join programme q on q.id = pa.programme_id
                        where pa.left_on is null and not q.template and q.status in ('PLANNED', 'RUNNING')),
                       (select count(*) from account a where a.enabled)
                from programme p where not p.template
                """,
                new MapSqlParameterSource(),
                (rs, row) -> new InstallationCounts(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
    }
}
