package no.samla.coaching.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samla.report.ReportContributor;
import no.samla.report.ReportScope;
import no.samla.report.ReportSection;
import no.samla.report.ReportTable;
import no.samla.report.ReportTexts;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual coaching in the report: sessions held and still booked against the participants' quotas (their own, or
 * the programme's plan), how many have a coach, have met them and have used their whole quota. Counts only, never
 * notes. One statement.
 */
@Component
@Transactional(readOnly = true)
class CoachingReport implements ReportContributor {

    private static final String SQL = "with " + ReportScope.PARTICIPANTS + """
            , quotas as (
                select s.person_id, coalesce(ca.quota, p.coaching_sessions_per_participant) as quota,
                       ca.coach_person_id
                from scoped s
                join programme p on p.id = :programme
                left join coaching_assignment ca on ca.programme_id = p.id and ca.participant_person_id = s.person_id),
            sessions as (
                select cs.leader_person_id, sl.starts_at
                from coaching_session cs join coaching_slot sl on sl.id = cs.slot_id
                where cs.programme_id = :programme and cs.status = 'BOOKED'
                  and cs.leader_person_id in (select person_id from scoped)),
            held as (
                select leader_person_id, count(*) as sessions from sessions where starts_at <= :now
                group by leader_person_id)
            select (select count(*) from scoped) as participants,
                   (select count(*) from quotas where coach_person_id is not null) as with_coach,
                   (select coalesce(sum(quota), 0) from quotas) as quota,
                   (select count(*) from sessions where starts_at <= :now) as held,
                   (select count(*) from sessions where starts_at > :now) as booked,
                   (select count(*) from held) as met,
                   (select count(*) from quotas q join held h on h.leader_person_id = q.person_id
                    where q.quota > 0 and h.sessions >= q.quota) as completed
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    CoachingReport(NamedParameterJdbcTemplate jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    private record Figures(
            long participants, long withCoach, long quota, long held, long booked, long met, long completed) {}

    @Override
    public Optional<ReportSection> section(ReportScope scope, Locale locale) {
        Figures figures = jdbc.queryForObject(
                SQL,
                scope.parameters().addValue("now", OffsetDateTime.now(clock)),
                (rs, row) -> new Figures(
                        rs.getLong("participants"),
                        rs.getLong("with_coach"),
                        rs.getLong("quota"),
                        rs.getLong("held"),
                        rs.getLong("booked"),
                        rs.getLong("met"),
                        rs.getLong("completed")));
        ReportTexts text = ReportTexts.of(messages, locale);
        String heading = text.get("coaching.report.heading");
        if (figures.quota() == 0 && figures.held() == 0 && figures.booked() == 0) {
            return Optional.of(new ReportSection(heading, List.of(text.get("coaching.report.none")), List.of()));
        }
        long participants = figures.participants();
        return Optional.of(new ReportSection(
                heading,
                List.of(text.get(
                        "coaching.report.summary",
                        text.count(figures.held()),
                        text.count(figures.quota()),
                        text.percent(figures.held(), figures.quota()),
                        text.count(figures.booked()))),
                List.of(new ReportTable(
                        text.get("coaching.report.caption"),
                        List.of(
                                text.get("coaching.report.column.what"),
                                text.get("coaching.report.column.count"),
                                text.get("coaching.report.column.share")),
                        List.of(
                                List.of(text.get("coaching.report.row.quota"), text.count(figures.quota()), ""),
                                List.of(
                                        text.get("coaching.report.row.held"),
                                        text.count(figures.held()),
                                        text.percent(figures.held(), figures.quota())),
                                List.of(
                                        text.get("coaching.report.row.booked"),
                                        text.count(figures.booked()),
                                        text.percent(figures.booked(), figures.quota())),
                                List.of(
                                        text.get("coaching.report.row.withCoach"),
                                        text.count(figures.withCoach()),
                                        text.percent(figures.withCoach(), participants)),
                                List.of(
                                        text.get("coaching.report.row.met"),
                                        text.count(figures.met()),
                                        text.percent(figures.met(), participants)),
                                List.of(
                                        text.get("coaching.report.row.completed"),
                                        text.count(figures.completed()),
                                        text.percent(figures.completed(), participants)))))));
    }
}
