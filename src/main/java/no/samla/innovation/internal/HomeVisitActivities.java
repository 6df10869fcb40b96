package no.samla.innovation.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.samla.programme.ProgrammeActivities;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home visits on the programme's timeline: the municipality and the time, never who comes (municipality admins see
 * the timeline); linked to the visit list, which every viewer of the programme may open. One query.
 */
@Component
@Transactional(readOnly = true)
class HomeVisitActivities implements ProgrammeActivities {

    private final JdbcTemplate jdbc;

    HomeVisitActivities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TimelineEntry> timelineEntries(long programmeId) {
        return jdbc.query(
                "select hv.visit_date, m.name, hv.start_time, hv.end_time from home_visit hv"
                        + " join municipality m on m.id = hv.municipality_id"
                        + " where hv.programme_id = ? and hv.status = 'SCHEDULED' order by hv.visit_date, hv.id",
                (rs, row) -> new TimelineEntry(
                        rs.getObject(1, LocalDate.class),
                        "HOME_VISIT",
                        "timeline.homeVisit",
                        List.of(rs.getString(2)),
                        rs.getObject(3, LocalTime.class),
                        rs.getObject(4, LocalTime.class),
                        "/programmes/" + programmeId + "/home-visits"),
                programmeId);
    }

    /** Home visits are not priced apart from the programme: nothing actual to add to the quote. */
    @Override
    public ActualCounts quoteCounts(long programmeId) {
        return ActualCounts.none();
    }
}
