package no.samla.innovation.method;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samla.people.People;
import no.samla.people.Person;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A case's ideas by votes in a bounded number of statements: the place of each idea is ranked over all the case's
 * ideas before a page is cut, so a tie on the border of two pages is still a tie.
 */
@Component
class IdeaRows {

    private static final String RANKED = """
            select i.id, i.title, i.description, i.shortlisted, i.created_by,
                   count(d.id) as dots,
                   count(d.id) filter (where d.person_id = ?) as mine,
                   rank() over (order by count(d.id) desc) as place,
                   count(*) over (partition by count(d.id)) as sharing
            from innovation_idea i
            left join innovation_idea_dot d on d.idea_id = i.id
            where i.case_id = ?
            group by i.id
            order by dots desc, lower(i.title), i.id
            """;

    private final JdbcTemplate jdbc;
    private final People people;

    IdeaRows(JdbcTemplate jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    Page<IdeaRow> page(long caseId, long personId, Pageable pageable) {
        long total = jdbc.queryForObject("select count(*) from innovation_idea where case_id = ?", Long.class, caseId);
        List<Raw> raw = total == 0
                ? List.of()
                : jdbc.query(
                        RANKED + " limit ? offset ?",
                        (rs, n) -> raw(rs),
                        personId,
                        caseId,
                        pageable.getPageSize(),
                        pageable.getOffset());
        return new PageImpl<>(named(raw), pageable, total);
    }

    List<IdeaRow> all(long caseId, long personId) {
        return named(jdbc.query(RANKED, (rs, n) -> raw(rs), personId, caseId));
    }

    /** How many dots the person has put on the case's ideas. */
    long dotsUsed(long caseId, long personId) {
        return jdbc.queryForObject("""
                select count(*) from innovation_idea_dot d join innovation_idea i on i.id = d.idea_id
                where i.case_id = ? and d.person_id = ?
                """, Long.class, caseId, personId);
    }

    private static Raw raw(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Raw(
                new IdeaRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getBoolean("shortlisted"),
                        null,
                        rs.getLong("dots"),
                        rs.getLong("mine"),
                        rs.getLong("place"),
                        rs.getLong("sharing") > 1),
                rs.getLong("created_by"));
    }

    private List<IdeaRow> named(List<Raw> raw) {
        if (raw.isEmpty()) {
            return List.of();
        }
        Set<Long> authors = new HashSet<>();
        raw.forEach(r -> authors.add(r.author()));
        Map<Long, String> names =
                people.getAll(authors).stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
        return raw.stream()
                .map(r -> new IdeaRow(
                        r.row().id(),
                        r.row().title(),
                        r.row().description(),
                        r.row().shortlisted(),
                        names.get(r.author()),
                        r.row().dots(),
                        r.row().mine(),
                        r.row().place(),
                        r.row().tied()))
                .toList();
    }

    private record Raw(IdeaRow row, long author) {}
}
