package no.samla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.gathering.Gathering;
import no.samla.gathering.GatheringCalendar;
import no.samla.gathering.GatheringData;
import no.samla.gathering.Gatherings;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import no.samla.system.read.ReadBatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar feed and the .ics download, read back with ical4j's parser as a subscribing calendar would. Tests
 * that change data run in a transaction that is rolled back, so the demo data (and the demo feed token) stay.
 */
@SamlaTest
class CalendarFeedTest {

    static final String DEMO_FEED = "/calendar/feed/" + DemoAccounts.LEADER_DRAMMEN_CALENDAR_TOKEN + ".ics";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Gatherings gatherings;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    QueryCounter queries;

    @Autowired
    GatheringCalendar gatheringCalendar;

    @Test
    void theDemoLeadersFeedHasHerProgrammesGatheringsAtTheirOsloTimes() throws Exception {
        MvcResult result = mvc.perform(get(DEMO_FEED)).andReturn();
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        // a calendar server's fetch leaves no session behind
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(response.getHeader("Set-Cookie")).isNull();

        Calendar calendar = parse(response.getContentAsString());
        List<net.fortuna.ical4j.model.component.CalendarComponent> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(value(zones.get(0), Property.TZID)).isEqualTo("Europe/Oslo");
        Map<String, VEvent> events = byUid(calendar);
        Map<Long, LocalDateTime[]> expected = drammenSchoolTimes();
        assertThat(expected).hasSizeGreaterThan(1);
        for (Map.Entry<Long, LocalDateTime[]> gathering : expected.entrySet()) {
            VEvent event = events.get("gathering-" + gathering.getKey() + "@samla");
            assertThat(event).as("gathering %s in the feed", gathering.getKey()).isNotNull();
            assertZoned(event, Property.DTSTART, gathering.getValue()[0]);
            assertZoned(event, Property.DTEND, gathering.getValue()[1]);
            assertThat(value(event, Property.STATUS)).isIn("CONFIRMED", "TENTATIVE");
            assertThat(value(event, Property.DESCRIPTION))
                    .contains(DemoProgrammes.DRAMMEN_SCHOOL)
                    .contains("http://localhost/gatherings/" + gathering.getKey());
            assertThat(value(event, Property.URL)).isEqualTo("http://localhost/gatherings/" + gathering.getKey());
            assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
            assertThat(event.getProperty(Property.LAST_MODIFIED)).isPresent();
        }
        // the other municipality's programme is not hers
        assertThat(events.keySet()).doesNotContainAnyElementsOf(uids(DemoProgrammes.INNLANDET_INNOVATION));
    }

    @Test
    void uidsStayAndSequenceGrowsWhenTimeOrPlaceChangeButNotTheTitle() throws Exception {
        inRolledBackTransaction(() -> {
            long programme = programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
            Gathering second = gatherings.of(programme).get(1);
            String uid = "gathering-" + second.getId() + "@samla";
            VEvent before = byUid(parse(feed())).get(uid);
            int sequence = Integer.parseInt(value(before, Property.SEQUENCE));
            assertThat(byUid(parse(feed())).get(uid))
                    .as("the same UID on a second request")
                    .isNotNull();

            GatheringData data = second.data();
            gatherings.update(programme, second.getId(), version(programme, second.getId()), retitled(data));
            VEvent retitled = byUid(parse(feed())).get(uid);
            assertThat(value(retitled, Property.SUMMARY)).isEqualTo("Ny tittel");
            assertThat(Integer.parseInt(value(retitled, Property.SEQUENCE))).isEqualTo(sequence);

            gatherings.update(
                    programme, second.getId(), version(programme, second.getId()), at(retitled(data), "10:15"));
            VEvent moved = byUid(parse(feed())).get(uid);
            assertThat(Integer.parseInt(value(moved, Property.SEQUENCE))).isEqualTo(sequence + 1);
            assertZoned(moved, Property.DTSTART, data.startDate().atTime(10, 15));
            return null;
        });
    }

    @Test
    void aDeletedGatheringStaysInTheFeedAsCancelledWithAHigherSequence() throws Exception {
        inRolledBackTransaction(() -> {
            long programme = programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
            Gathering third = gatherings.of(programme).get(2);
            String uid = "gathering-" + third.getId() + "@samla";
            int sequence = Integer.parseInt(value(byUid(parse(feed())).get(uid), Property.SEQUENCE));

            gatherings.delete(programme, third.getId());

            VEvent cancelled = byUid(parse(feed())).get(uid);
            assertThat(cancelled).isNotNull();
            assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
            assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isEqualTo(sequence + 1);
            assertThat(value(cancelled, Property.SUMMARY)).isEqualTo("Avlyst: " + third.getTitle());
            assertZoned(cancelled, Property.DTSTART, third.getStartsAt());
            // the gathering itself is gone: no second event with its UID
            assertThat(parse(feed()).getComponents(Component.VEVENT).stream()
                            .filter(event -> uid.equals(event.getProperty(Property.UID)
                                    .orElseThrow()
                                    .getValue())))
                    .hasSize(1);
            return null;
        });
    }

    @Test
    void aNewAddressIsShownOnceAndRevokingOrRenewingStopsTheOld() throws Exception {
        inRolledBackTransaction(() -> {
            MvcResult created = mvc.perform(post("/calendar/token").with(csrf()).with(DemoUsers.LEADER.as(accounts)))
                    .andReturn();
            assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/calendar");
            String url = (String) created.getFlashMap().get("feedUrl");
            assertThat(url).startsWith("http://localhost/calendar/feed/").endsWith(".ics");
            String path = url.substring("http://localhost".length());
            String token = path.substring("/calendar/feed/".length(), path.length() - ".ics".length());
            // 32 random bytes
            assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);

            assertThat(status(path)).isEqualTo(200);
            // only its hash is stored
            assertThat(jdbc.queryForObject(
                            "select count(*) from calendar_feed where token_hash = ?",
                            Integer.class,
                            CalendarFeeds.hash(token)))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from calendar_feed where token_hash = ?", Integer.class, token))
                    .isZero();
            assertThat(status(DEMO_FEED)).as("the old address after a new one").isEqualTo(404);

            String page = mvc.perform(get("/calendar").with(DemoUsers.LEADER.as(accounts)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .doesNotContain(token)
                    .contains("/calendar/token/delete")
                    .contains("Adressen ble laget")
                    .as("the fetch above is noted")
                    .contains("En kalender hentet den sist")
                    .doesNotContain("Ingen kalender har hentet den ennå.");

            mvc.perform(post("/calendar/token/delete").with(csrf()).with(DemoUsers.LEADER.as(accounts)));
            assertThat(status(path)).as("a revoked address").isEqualTo(404);
            return null;
        });
        assertThat(status("/calendar/feed/unknown-token-that-was-never-made.ics"))
                .isEqualTo(404);
        assertThat(status("/calendar/feed/" + "x".repeat(500) + ".ics")).isEqualTo(404);
    }

    @Test
    void theFeedRunsTheSameNumberOfQueriesForManyGatherings() throws Exception {
        feed();
        long few = queries.countDuring(this::feed);
        inRolledBackTransaction(() -> {
            long programme = programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
            GatheringData template = gatherings.of(programme).get(0).data();
            for (int i = 0; i < 15; i++) {
                gatherings.create(programme, numbered(template, 60 + i));
            }
            Gathering last = gatherings.of(programme).get(1);
            gatherings.delete(programme, last.getId());
            assertThat(byUid(parse(feed())).size()).isGreaterThanOrEqualTo(20);
            long many = queries.countDuring(this::feed);
            // One query per calendar source (gatherings, network meetings, coaching, home visits) and the feed's own.
            assertThat(many).isEqualTo(few).isLessThanOrEqualTo(7);
            return null;
        });
    }

    @Test
    void aGatheringDownloadsAsOneEventWithItsPlace() throws Exception {
        long programme = programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        Gathering first = gatherings.of(programme).get(0);
        MockHttpServletResponse response = mvc.perform(
                        get("/gatherings/" + first.getId() + "/calendar.ics").with(DemoUsers.LEADER.as(accounts)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"samla-gathering-" + first.getId() + ".ics\"");
        VEvent event = parse(response.getContentAsString()).getComponents(Component.VEVENT).stream()
                .map(VEvent.class::cast)
                .collect(Collectors.toList())
                .get(0);
        assertThat(value(event, Property.UID)).isEqualTo("gathering-" + first.getId() + "@samla");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(first.getTitle());
        assertZoned(event, Property.DTSTART, first.getStartsAt());
        assertZoned(event, Property.DTEND, first.getEndsAt());
        if (first.getVenue().name() != null) {
            assertThat(value(event, Property.LOCATION))
                    .startsWith(first.getVenue().name());
        }
        // the other municipality's leader learns nothing
        assertThat(mvc.perform(get("/gatherings/" + first.getId() + "/calendar.ics")
                                .with(DemoUsers.LEADER_OTHER_MUNICIPALITY.as(accounts)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theStartPageLeadsThoseWithGatheringsToTheirCalendar() throws Exception {
        assertThat(mvc.perform(get("/").with(DemoUsers.LEADER.as(accounts)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"home-calendar-heading\"");
        assertThat(mvc.perform(get("/").with(DemoUsers.ADMIN.as(accounts)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("id=\"home-calendar-heading\"");
    }

    @Test
    void aFacilitatorHasGatheringsInTheCalendarButNotATemplatesGatherings() {
        long admin = jdbc.queryForObject(
                "select id from person where lower(email) = lower(?)",
                Long.class,
                DemoAccounts.MUNICIPALITY_ADMIN_DRAMMEN);
        assertThat(hasGatherings(admin)).isFalse();
        long templateGathering = jdbc.queryForObject(
                "select min(g.id) from gathering g join programme p on p.id = g.programme_id where p.template",
                Long.class);
        long gathering = jdbc.queryForObject(
                "select min(g.id) from gathering g join programme p on p.id = g.programme_id where not p.template",
                Long.class);
        inRolledBackTransaction(() -> {
            jdbc.update(
                    "insert into gathering_facilitator (gathering_id, person_id) values (?, ?)",
                    templateGathering,
                    admin);
            assertThat(hasGatherings(admin)).isFalse();
            jdbc.update("insert into gathering_facilitator (gathering_id, person_id) values (?, ?)", gathering, admin);
            assertThat(hasGatherings(admin)).isTrue();
            return null;
        });
    }

    private boolean hasGatherings(long personId) {
        return gatheringCalendar.hasEvents(personId, ReadBatch.immediate(jdbc)).get();
    }

    /**
     * The VTIMEZONE Samla writes holds today's rule of Europe/Oslo, and gives the same offset as java.time on every
     * day of ten years. (Noon: ical4j's own evaluator is imprecise within hours of a change, so the hour of the
     * change is checked in the text of the rules, which calendars evaluate.)
     */
    @Test
    void theOsloTimeZoneAgreesWithJavaTime() {
        var vtimezone = CalendarDocuments.osloTimeZone();
        assertThat(value(vtimezone, Property.TZID)).isEqualTo("Europe/Oslo");
        var daylight = vtimezone.getObservances().stream()
                .filter(observance -> observance.getName().equals("DAYLIGHT"))
                .toList();
        var standard = vtimezone.getObservances().stream()
                .filter(observance -> observance.getName().equals("STANDARD"))
                .toList();
        assertThat(daylight).hasSize(1);
        assertThat(standard).hasSize(1);
        assertThat(value(daylight.get(0), Property.RRULE)).isEqualTo("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        assertThat(value(daylight.get(0), Property.DTSTART)).endsWith("T020000");
        assertThat(value(daylight.get(0), Property.TZOFFSETFROM)).isEqualTo("+0100");
        assertThat(value(daylight.get(0), Property.TZOFFSETTO)).isEqualTo("+0200");
        assertThat(value(standard.get(0), Property.RRULE)).isEqualTo("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        assertThat(value(standard.get(0), Property.DTSTART)).endsWith("T030000");
        assertThat(value(standard.get(0), Property.TZOFFSETFROM)).isEqualTo("+0200");
        assertThat(value(standard.get(0), Property.TZOFFSETTO)).isEqualTo("+0100");
        // java.time's rule for Oslo: the change at 01:00 UTC on the last Sunday of March and October
        var rules = OSLO.getRules();
        assertThat(rules.getTransitionRules()).hasSize(2).allSatisfy(rule -> {
            assertThat(rule.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
            assertThat(rule.getDayOfMonthIndicator()).isEqualTo(25);
            assertThat(rule.getTimeDefinition()
                            .createDateTime(
                                    LocalDate.of(2027, rule.getMonth(), 28).atTime(rule.getLocalTime()),
                                    rule.getStandardOffset(),
                                    rule.getOffsetBefore())
                            .toLocalTime())
                    .isEqualTo(
                            rule.getOffsetBefore().getTotalSeconds() == 3600 ? LocalTime.of(2, 0) : LocalTime.of(3, 0));
        });

        var zone = new net.fortuna.ical4j.model.TimeZone(vtimezone);
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2036; day = day.plusDays(1)) {
            var noon = day.atTime(12, 0).atZone(OSLO).toInstant();
            assertThat(zone.getOffset(noon.toEpochMilli()))
                    .as("offset on %s", day)
                    .isEqualTo(rules.getOffset(noon).getTotalSeconds() * 1000);
        }
    }

    private String feed() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(DEMO_FEED)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        Map<String, VEvent> events = new HashMap<>();
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            assertThat(events.put(value(event, Property.UID), event))
                    .as("one event per UID")
                    .isNull();
        }
        return events;
    }

    private static String value(Component event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    /** The property is a local Oslo time with TZID Europe/Oslo, and means the same instant as java.time says. */
    private static void assertZoned(VEvent event, String property, LocalDateTime expected) {
        DateProperty<?> date = (DateProperty<?>) event.getProperty(property).orElseThrow();
        assertThat(date.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Oslo");
        Temporal temporal = date.getDate();
        assertThat(temporal).isInstanceOf(ZonedDateTime.class);
        ZonedDateTime zoned = (ZonedDateTime) temporal;
        assertThat(zoned.toLocalDateTime()).isEqualTo(expected);
        assertThat(zoned.toInstant()).isEqualTo(expected.atZone(OSLO).toInstant());
    }

    private Map<Long, LocalDateTime[]> drammenSchoolTimes() {
        Map<Long, LocalDateTime[]> times = new HashMap<>();
        for (Gathering gathering : gatherings.of(programmeId(DemoProgrammes.DRAMMEN_SCHOOL))) {
            times.put(gathering.getId(), new LocalDateTime[] {gathering.getStartsAt(), gathering.getEndsAt()});
        }
        return times;
    }

    private Set<String> uids(String programme) {
        return gatherings.of(programmeId(programme)).stream()
                .map(gathering -> "gathering-" + gathering.getId() + "@samla")
                .collect(Collectors.toSet());
    }

    private long programmeId(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }

    private long version(long programme, long id) {
        return gatherings.get(programme, id).getVersion();
    }

    private static GatheringData retitled(GatheringData data) {
        return new GatheringData(
                data.number(),
                "Ny tittel",
                data.theme(),
                data.format(),
                data.startDate(),
                data.agendaOutline(),
                data.startTime(),
                data.endTime(),
                data.venue(),
                data.videoLink(),
                data.facilitatorIds());
    }

    private static GatheringData at(GatheringData data, String startTime) {
        return new GatheringData(
                data.number(),
                data.title(),
                data.theme(),
                data.format(),
                data.startDate(),
                data.agendaOutline(),
                LocalTime.parse(startTime),
                data.endTime(),
                data.venue(),
                data.videoLink(),
                data.facilitatorIds());
    }

    private static GatheringData numbered(GatheringData data, int number) {
        return new GatheringData(
                number,
                data.title() + " " + number,
                data.theme(),
                data.format(),
                data.startDate().plusWeeks(number),
                data.agendaOutline(),
                data.startTime(),
                data.endTime(),
                data.venue(),
                data.videoLink(),
                data.facilitatorIds());
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
