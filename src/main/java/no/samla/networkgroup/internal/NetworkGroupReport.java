package no.samla.networkgroup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Network groups in the report: per active group the meetings held and still planned, its members from the scope and
 * their attendance where it was registered, against the meetings the programme's plan has. In a municipality's report
 * only groups with members from it, and only their attendance. Counts only, never notes. One statement.
 */
@Component
@Transactional(readOnly = true)
class NetworkGroupReport implements ReportContributor {

    private static final String SQL = "with " + ReportScope.PARTICIPANTS + """
            , members as (
                select m.network_group_id, m.person_id from network_group_member m
                where m.left_on is null and m.person_id in (select person_id from scoped)),
            marks as (
                select nm.network_group_id, a.present from network_meeting_attendance a
                join network_meeting nm on nm.id = a.meeting_id
                where nm.programme_id = :programme and a.person_id in (select person_id from scoped))
            select g.name,
                   (select count(*) from network_meeting nm where nm.network_group_id = g.id
                    and nm.status = 'PLANNED' and nm.meeting_date <= :today) as held,
                   (select count(*) from network_meeting nm where nm.network_group_id = g.id
                    and nm.status = 'PLANNED' and nm.meeting_date > :today) as planned,
                   (select count(*) from members mb where mb.network_group_id = g.id) as members,
                   (select count(*) from marks mk where mk.network_group_id = g.id and mk.present) as present,
                   (select count(*) from marks mk where mk.network_group_id = g.id) as marked,
                   (select p.network_groups * p.meetings_per_network_group from programme p
                    where p.id = :programme) as plan
            from network_group g
            where g.programme_id = :programme and g.status = 'ACTIVE'
              and (cast(:municipality as bigint) is null
                   or exists (select 1 from members mb where mb.network_group_id = g.id))
            order by g.number
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    NetworkGroupReport(NamedParameterJdbcTemplate jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    private record Line(String name, long held, long planned, long members, long present, long marked, long plan) {}

    @Override
    public Optional<ReportSection> section(ReportScope scope, Locale locale) {
        List<Line> lines = jdbc.query(
                SQL,
                scope.parameters().addValue("today", LocalDate.now(clock)),
                (rs, row) -> new Line(
                        rs.getString("name"),
                        rs.getLong("held"),
                        rs.getLong("planned"),
                        rs.getLong("members"),
                        rs.getLong("present"),
                        rs.getLong("marked"),
                        rs.getLong("plan")));
        ReportTexts text = ReportTexts.of(messages, locale);
        String heading = text.get("networkgroup.report.heading");
        if (lines.isEmpty()) {
            return Optional.of(new ReportSection(heading, List.of(text.get("networkgroup.report.none")), List.of()));
        }
        long held = lines.stream().mapToLong(Line::held).sum();
        long present = lines.stream().mapToLong(Line::present).sum();
        long marked = lines.stream().mapToLong(Line::marked).sum();
        List<String> summary = new ArrayList<>();
        summary.add(text.get(
                "networkgroup.report.summary",
                text.count(lines.size()),
                text.count(held),
                text.count(lines.get(0).plan())));
        summary.add(text.get(
                "networkgroup.report.attendance",
                text.count(present),
                text.count(marked),
                text.percent(present, marked)));
        List<List<String>> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(List.of(
                    line.name(),
                    text.count(line.held()),
                    text.count(line.planned()),
                    text.count(line.members()),
                    text.count(line.present()),
                    text.count(line.marked()),
                    text.percent(line.present(), line.marked())));
        }
        return Optional.of(new ReportSection(
                heading,
                summary,
                List.of(new ReportTable(
                        text.get("networkgroup.report.caption"),
                        List.of(
                                text.get("networkgroup.report.column.group"),
                                text.get("networkgroup.report.column.held"),
                                text.get("networkgroup.report.column.planned"),
                                text.get("networkgroup.report.column.members"),
                                text.get("networkgroup.report.column.present"),
                                text.get("networkgroup.report.column.marked"),
                                text.get("networkgroup.report.column.rate")),
                        rows))));
    }
}
