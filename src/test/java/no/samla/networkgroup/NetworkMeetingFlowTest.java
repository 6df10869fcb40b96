package no.samla.networkgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.samla.coaching.DevelopmentProject;
import no.samla.coaching.DevelopmentProjectVersion;
import no.samla.coaching.DevelopmentProjects;
import no.samla.coaching.LeadershipBehaviour;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.programme.Quote;
import no.samla.programme.Quotes;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Network meetings of Drammen's school as the demo plans them: where they lie, who reads the shared notes, the plan
 * and edit forms, calendars, timeline and quote. Tests that change data roll their transaction back.
 */
@SamlaTest
class NetworkMeetingFlowTest {

    static final String NOTE = "Vi avtalte å prøve refleksjonsstopp";
    static final String FEED = "/calendar/feed/" + DemoAccounts.LEADER_DRAMMEN_CALENDAR_TOKEN + ".ics";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    QueryCounter queries;

    @Autowired
    NetworkMeetings meetings;

    @Autowired
    Programmes programmes;

    @Autowired
    Quotes quotes;

    @Autowired
    DevelopmentProjects projects;

    @Test
    void theDemoPlanAvoidsBusyPeriodsWeekendsAndGatheringsAndStaysInThePeriod() {
        Programme school = school();
        List<MeetingRow> plan = meetings.yearPlan(school.getId(), null);
        int groups = jdbc.queryForObject(
                "select count(*) from network_group where programme_id = ? and status = 'ACTIVE'",
                Integer.class,
                school.getId());
        assertThat(groups).isGreaterThan(1);
        assertThat(plan).hasSize(groups * school.getPlan().meetingsPerNetworkGroup());
        List<Map<String, Object>> busy = jdbc.queryForList(
                "select from_date, to_date from municipality_busy_period where municipality_id = ?", drammen());
        assertThat(busy).hasSize(3);
        List<LocalDate> gatheringDays = jdbc.queryForList(
                "select start_date from gathering where programme_id = ?", LocalDate.class, school.getId());
        LocalDate firstGathering =
                gatheringDays.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate lastGathering =
                gatheringDays.stream().max(LocalDate::compareTo).orElseThrow();
        for (MeetingRow meeting : plan) {
            LocalDate date = meeting.date();
            assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(date).isBetween(school.getStartDate(), school.getEndDate());
            assertThat(date).isAfter(firstGathering).isBefore(lastGathering).isNotIn(gatheringDays);
            for (Map<String, Object> period : busy) {
                LocalDate from = ((java.sql.Date) period.get("from_date")).toLocalDate();
                LocalDate to = ((java.sql.Date) period.get("to_date")).toLocalDate();
                assertThat(date.isBefore(from) || date.isAfter(to))
                        .as("%s outside %s–%s", date, from, to)
                        .isTrue();
            }
            assertThat(meeting.facilitatorPersonId() != null).isEqualTo(meeting.number() <= 2);
        }
    }

    @Test
    void sharedNotesAreReadOnlyByTheGroupAndItsFacilitator() throws Exception {
        String page = "/network-group/meetings/" + karisFirstMeeting();
        for (DemoUsers user : DemoUsers.values()) {
            if (user == DemoUsers.ANONYMOUS) {
                continue;
            }
            MvcResult result = mvc.perform(get(page).with(user.as(accounts))).andReturn();
            String body = result.getResponse().getContentAsString();
            if (user == DemoUsers.LEADER || user == DemoUsers.COORDINATOR) {
                assertThat(result.getResponse().getStatus()).as(user.name()).isEqualTo(200);
                assertThat(body).as(user.name()).contains(NOTE);
            } else {
                assertThat(result.getResponse().getStatus()).as(user.name()).isEqualTo(404);
                assertThat(body).as(user.name()).doesNotContain(NOTE);
            }
        }
        String yearPlan = "/programmes/" + school().getId() + "/network-groups/meetings";
        for (DemoUsers user : List.of(DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN, DemoUsers.ADMIN)) {
            String body = mvc.perform(get(yearPlan).with(user.as(accounts)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body)
                    .as(user.name())
                    .contains("Relasjonsledelse i praksis")
                    .doesNotContain(NOTE);
        }
    }

    @Test
    void aNoteIsSharedAndAnEmptyOneGetsAMessage() throws Exception {
        inRolledBackTransaction(() -> {
            String notes = "/network-group/meetings/" + karisFirstMeeting() + "/notes";
            MvcResult empty = as(DemoUsers.LEADER, post(notes).param("text", "  "));
            assertThat(empty.getResponse().getStatus()).isEqualTo(422);
            assertThat(empty.getResponse().getContentAsString()).contains("Skriv notatet før du deler det.");
            MvcResult saved = as(DemoUsers.COORDINATOR, post(notes).param("text", "Neste gang: casearbeid."));
            assertThat(saved.getResponse().getStatus()).isEqualTo(302);
            assertThat(meetings.notes(karisFirstMeeting()))
                    .extracting(MeetingNote::text)
                    .contains("Neste gang: casearbeid.");
            // only the facilitator records attendance of a facilitated meeting
            MvcResult byMember = as(
                    DemoUsers.LEADER,
                    post("/network-group/meetings/" + karisFirstMeeting() + "/attendance")
                            .param("personId", String.valueOf(kari()))
                            .param("present", "false"));
            assertThat(byMember.getResponse().getStatus()).isEqualTo(403);
            assertThat(meetings.attendance(karisFirstMeeting())).containsEntry(kari(), true);
            return null;
        });
    }

    @Test
    void yearPlanMyGroupAndStartPageRunABoundedNumberOfQueries() throws Exception {
        String yearPlan = "/programmes/" + school().getId() + "/network-groups/meetings";
        Map<String, Long> few = new HashMap<>();
        few.put("yearPlan", queries.countDuring(() -> as(DemoUsers.COORDINATOR, get(yearPlan))));
        few.put("mine", queries.countDuring(() -> as(DemoUsers.LEADER, get("/network-group"))));
        few.put(
                "meeting",
                queries.countDuring(() -> as(DemoUsers.LEADER, get("/network-group/meetings/" + karisFirstMeeting()))));
        few.put("feed", queries.countDuring(() -> mvc.perform(get(FEED))));
        inRolledBackTransaction(() -> {
            long group = karisGroup();
            for (int i = 0; i < 30; i++) {
                jdbc.update(
                        "insert into network_meeting (network_group_id, programme_id, number, meeting_date, start_time,"
                                + " end_time, mode, status, facilitator_person_id) select ?, programme_id, ?,"
                                + " date '2027-05-04' + ?, time '12:00', time '14:30', 'DIGITAL', 'PLANNED', ? from"
                                + " network_group where id = ?",
                        group,
                        10 + i,
                        i,
                        coordinator(),
                        group);
                jdbc.update(
                        "insert into network_meeting_note (meeting_id, author_person_id, text) values (?, ?, ?)",
                        karisFirstMeeting(),
                        kari(),
                        "Notat " + i);
            }
            assertThat(queries.countDuring(() -> as(DemoUsers.COORDINATOR, get(yearPlan))))
                    .isEqualTo(few.get("yearPlan"));
            assertThat(queries.countDuring(() -> as(DemoUsers.LEADER, get("/network-group"))))
                    .isEqualTo(few.get("mine"));
            assertThat(queries.countDuring(
                            () -> as(DemoUsers.LEADER, get("/network-group/meetings/" + karisFirstMeeting()))))
                    .isEqualTo(few.get("meeting"));
            assertThat(queries.countDuring(() -> mvc.perform(get(FEED)))).isEqualTo(few.get("feed"));
            return null;
        });
    }

    @Test
    void previewSavesNothingAndSavingReplacesOnlyFuturePlannedMeetings() throws Exception {
        inRolledBackTransaction(() -> {
            Programme school = school();
            String plan = "/programmes/" + school.getId() + "/network-groups/plan";
            jdbc.update("update network_meeting set status = 'CANCELLED' where id = ?", karisFirstMeeting());
            int before = count("select count(*) from network_meeting where programme_id = ?", school.getId());
            MvcResult preview =
                    as(DemoUsers.COORDINATOR, planForm(post(plan), "3").param("action", "preview"));
            assertThat(preview.getResponse().getStatus()).isEqualTo(200);
            assertThat(preview.getResponse().getContentAsString()).contains("Forslag:");
            assertThat(count("select count(*) from network_meeting where programme_id = ?", school.getId()))
                    .isEqualTo(before);

            MvcResult saved =
                    as(DemoUsers.COORDINATOR, planForm(post(plan), "3").param("action", "save"));
            assertThat(saved.getResponse().getStatus()).isEqualTo(302);
            int groups = count(
                    "select count(*) from network_group where programme_id = ? and status = 'ACTIVE'", school.getId());
            assertThat(count(
                            "select count(*) from network_meeting where programme_id = ? and status = 'PLANNED'",
                            school.getId()))
                    .isEqualTo(groups * 3);
            // the cancelled meeting stays, so calendars still hear of it
            assertThat(count("select count(*) from network_meeting where id = ?", karisFirstMeeting()))
                    .isEqualTo(1);

            MvcResult weekend = as(
                    DemoUsers.COORDINATOR, planForm(post(plan), "3", "SATURDAY").param("action", "save"));
            assertThat(weekend.getResponse().getStatus()).isEqualTo(422);
            assertThat(weekend.getResponse().getContentAsString()).contains("Velg en ukedag fra mandag til fredag.");
            return null;
        });
    }

    @Test
    void aMeetingOutsideTheProgrammePeriodIsRefusedNextToTheDate() throws Exception {
        Programme school = school();
        long meeting = karisFirstMeeting();
        NetworkMeeting before = meetings.meeting(school.getId(), meeting);
        String edit = "/programmes/" + school.getId() + "/network-groups/meetings/" + meeting;
        MvcResult refused = as(
                DemoUsers.COORDINATOR,
                post(edit)
                        .param("date", "2031-03-04")
                        .param("startTime", "12:00")
                        .param("endTime", "14:30")
                        .param("mode", "DIGITAL")
                        .param("location", "teams")
                        .param("version", String.valueOf(before.getVersion())));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString())
                .contains("id=\"date-error\"")
                .contains("Datoen er utenfor programperioden")
                .contains("value=\"2031-03-04\"")
                .contains("Et digitalt møte trenger en lenke");
        assertThat(meetings.meeting(school.getId(), meeting).getDate()).isEqualTo(before.getDate());
        assertThat(as(DemoUsers.MUNICIPALITY_ADMIN, get(edit)).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void busyPeriodsAreKeptByTheMunicipalityWithMessagesForBadInput() throws Exception {
        inRolledBackTransaction(() -> {
            String busy = "/municipalities/" + drammen() + "/busy-periods";
            MvcResult backwards = as(
                    DemoUsers.MUNICIPALITY_ADMIN,
                    post(busy)
                            .param("from", "2027-06-10")
                            .param("to", "2027-06-01")
                            .param("label", "Ferie"));
            assertThat(backwards.getResponse().getStatus()).isEqualTo(422);
            assertThat(backwards.getResponse().getContentAsString())
                    .contains("Til og med-datoen kan ikke være før fra-datoen.")
                    .contains("value=\"Ferie\"");
            MvcResult noLabel = as(
                    DemoUsers.MUNICIPALITY_ADMIN,
                    post(busy)
                            .param("from", "2027-06-01")
                            .param("to", "2027-06-10")
                            .param("label", " "));
            assertThat(noLabel.getResponse().getStatus()).isEqualTo(422);
            assertThat(meetings.busyPeriods(drammen())).hasSize(3);
            MvcResult saved = as(
                    DemoUsers.MUNICIPALITY_ADMIN,
                    post(busy)
                            .param("from", "2027-06-21")
                            .param("to", "2027-08-06")
                            .param("label", "Sommerferie"));
            assertThat(saved.getResponse().getStatus()).isEqualTo(302);
            assertThat(meetings.busyPeriods(drammen()))
                    .extracting(BusyPeriod::label)
                    .contains("Sommerferie");
            assertThat(as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get(busy))
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            return null;
        });
    }

    @Test
    void theFocusGoesOnEachGroupsNextMeetingOnceForAllOrPerGroup() throws Exception {
        inRolledBackTransaction(() -> {
            Programme school = school();
            MvcResult result = as(
                    DemoUsers.COORDINATOR,
                    post("/programmes/" + school.getId() + "/network-groups/focus")
                            .param("forAll", "Felles fokus")
                            .param("group-" + karisGroup(), "Eget fokus"));
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            Map<Long, MeetingRow> next = meetings.nextMeetings(school.getId());
            assertThat(next).hasSizeGreaterThan(1);
            next.forEach((group, meeting) ->
                    assertThat(meeting.focus()).isEqualTo(group == karisGroup() ? "Eget fokus" : "Felles fokus"));
            MvcResult empty = as(
                    DemoUsers.COORDINATOR,
                    post("/programmes/" + school.getId() + "/network-groups/focus")
                            .param("forAll", ""));
            assertThat(empty.getResponse().getStatus()).isEqualTo(422);
            return null;
        });
    }

    @Test
    void theFeedHasMeetingsAndCoachingAndCancelledOnesWithAHigherSequence() throws Exception {
        long meeting = karisFirstMeeting();
        Map<String, VEvent> events = feed();
        VEvent planned = events.get("network-meeting-" + meeting + "@samla");
        assertThat(planned).isNotNull();
        assertThat(value(planned, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(planned, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(planned, Property.DESCRIPTION)).contains("Relasjonsledelse i praksis");
        assertThat(events.keySet()).anyMatch(uid -> uid.startsWith("coaching-session-"));
        // another group's meetings are not hers
        long otherMeeting = jdbc.queryForObject(
                "select min(nm.id) from network_meeting nm where nm.programme_id = ? and nm.network_group_id <> ?",
                Long.class,
                school().getId(),
                karisGroup());
        assertThat(events).doesNotContainKey("network-meeting-" + otherMeeting + "@samla");
        inRolledBackTransaction(() -> {
            meetings.cancel(school().getId(), meeting);
            long session = jdbc.queryForObject(
                    "select min(s.id) from coaching_session s where s.leader_person_id = ? and s.status = 'BOOKED'",
                    Long.class,
                    kari());
            jdbc.update("update coaching_session set status = 'CANCELLED', cancelled_at = now() where id = ?", session);
            Map<String, VEvent> after = feed();
            VEvent cancelled = after.get("network-meeting-" + meeting + "@samla");
            assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
            assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isGreaterThan(0);
            VEvent cancelledSession = after.get("coaching-session-" + session + "@samla");
            assertThat(cancelledSession).isNotNull();
            assertThat(value(cancelledSession, Property.STATUS)).isEqualTo("CANCELLED");
            assertThat(Integer.parseInt(value(cancelledSession, Property.SEQUENCE)))
                    .isGreaterThan(0);
            return null;
        });
    }

    @Test
    void theTimelineShowsMeetingsAndCoachingBetweenGatheringsWithoutNames() throws Exception {
        String timeline = "/programmes/" + school().getId() + "/timeline";
        String body =
                as(DemoUsers.MUNICIPALITY_ADMIN, get(timeline)).getResponse().getContentAsString();
        assertThat(body)
                .contains("nettverksmøte 1")
                .contains("veiledningssamtale")
                .doesNotContain("Kari Nordmann")
                .doesNotContain(NOTE);
    }

    @Test
    void theQuoteFollowsTheActualMeetings() {
        inRolledBackTransaction(() -> {
            Programme school = school();
            int planned = count(
                    "select count(*) from network_meeting where programme_id = ? and status = 'PLANNED'",
                    school.getId());
            Quote.Line network = networkLine(quotes.quote(school));
            assertThat(network.quantityKey()).isEqualTo("quote.quantity.network.actual");
            int perDay = school.getRates().networkMeetingsPerDay();
            assertThat(network.quantities().get(1).intValue()).isEqualTo(planned);
            assertThat(network.quantities().get(0).intValue()).isEqualTo((planned + perDay - 1) / perDay);

            // cancelling meetings takes them out of the quote
            jdbc.update(
                    "update network_meeting set status = 'CANCELLED' where id in (select id from network_meeting"
                            + " where programme_id = ? and status = 'PLANNED' order by id limit ?)",
                    school.getId(),
                    perDay * 2);
            Quote.Line fewer = networkLine(quotes.quote(school));
            assertThat(fewer.quantities().get(1).intValue()).isEqualTo(planned - perDay * 2);
            assertThat(fewer.amount()).isLessThan(network.amount());

            // with no meetings left the plan holds again
            jdbc.update("update network_meeting set status = 'CANCELLED' where programme_id = ?", school.getId());
            assertThat(networkLine(quotes.quote(school)).quantityKey()).isEqualTo("quote.quantity.network");

            Quote.Line coaching = quotes.quote(school).lines().stream()
                    .filter(line -> line.descriptionKey().equals("quote.line.coaching"))
                    .findFirst()
                    .orElseThrow();
            assertThat(coaching.quantityKey()).isEqualTo("quote.quantity.coaching.actual");
            return null;
        });
    }

    @Test
    void aProjectSharedWithTheNetworkGroupIsReadByItsMembersOnly() {
        inRolledBackTransaction(() -> {
            Programme school = school();
            projects.save(
                    kari(),
                    school.getId(),
                    projects.own(kari(), school.getId())
                            .flatMap(projects::latest)
                            .map(DevelopmentProjectVersion::getNumber)
                            .orElse(0),
                    new DevelopmentProjectVersion.ProjectText(
                            "Mål", "Fordi", LeadershipBehaviour.RELATION, "Øve", "Se det"),
                    new DevelopmentProject.Sharing(false, true, false));
            DevelopmentProject project = projects.own(kari(), school.getId()).orElseThrow();
            long member = jdbc.queryForObject(
                    "select min(person_id) from network_group_member where network_group_id = ? and left_on is null"
                            + " and person_id <> ?",
                    Long.class,
                    karisGroup(),
                    kari());
            long nonMember = jdbc.queryForObject(
                    "select min(mem.person_id) from network_group_member mem join network_group ng"
                            + " on ng.id = mem.network_group_id where ng.programme_id = ? and ng.id <> ?"
                            + " and mem.left_on is null",
                    Long.class,
                    school.getId(),
                    karisGroup());
            assertThat(projects.mayRead(member, project)).isTrue();
            assertThat(projects.mayRead(nonMember, project)).isFalse();
            return null;
        });
    }

    private static Quote.Line networkLine(Quote quote) {
        return quote.lines().stream()
                .filter(line -> line.descriptionKey().equals("quote.line.network"))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, VEvent> feed() throws Exception {
        String ics = mvc.perform(get(FEED)).andReturn().getResponse().getContentAsString();
        Map<String, VEvent> events = new HashMap<>();
        for (Component component :
                new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT)) {
            events.put(value(component, Property.UID), (VEvent) component);
        }
        return events;
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }

    private static MockHttpServletRequestBuilder planForm(MockHttpServletRequestBuilder request, String count) {
        return planForm(request, count, "WEDNESDAY");
    }

    private static MockHttpServletRequestBuilder planForm(
            MockHttpServletRequestBuilder request, String count, String weekday) {
        return request.param("meetingsPerGroup", count)
                .param("weekday", weekday)
                .param("startTime", "09:00")
                .param("endTime", "11:30")
                .param("mode", "PHYSICAL")
                .param("location", "Rådhuset")
                .param("facilitatedMeetings", "1");
    }

    private MvcResult as(DemoUsers user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf())).andReturn();
    }

    private Programme school() {
        return programmes
                .find(jdbc.queryForObject(
                        "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL))
                .orElseThrow();
    }

    private long kari() {
        return jdbc.queryForObject(
                "select id from person where lower(email) = lower(?)", Long.class, DemoUsers.LEADER.email());
    }

    private long coordinator() {
        return jdbc.queryForObject(
                "select id from person where lower(email) = lower(?)", Long.class, DemoUsers.COORDINATOR.email());
    }

    private long drammen() {
        return jdbc.queryForObject("select municipality_id from person where id = ?", Long.class, kari());
    }

    private long karisGroup() {
        return jdbc.queryForObject(
                "select ng.id from network_group ng join network_group_member mem on mem.network_group_id = ng.id"
                        + " where ng.status = 'ACTIVE' and mem.left_on is null and mem.person_id = ?",
                Long.class,
                kari());
    }

    private long karisFirstMeeting() {
        return jdbc.queryForObject(
                "select id from network_meeting where network_group_id = ? order by meeting_date, id limit 1",
                Long.class,
                karisGroup());
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    private <T> T inRolledBackTransaction(Callable<T> work) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
