package no.samla.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.samla.calendar.CalendarEvent;
import no.samla.calendar.CalendarFeeds;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Home visits as the coordinators and those who come use them: scheduling with its refusals, notes afterwards, stale
 * edits, deleting, who finds a visit, the timeline and the calendar feeds, and bounded queries on the list. Visits
 * made here are in Levanger's programme, which the demo gives none, and are removed after each test.
 */
@SamlaTest
class HomeVisitPagesTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final long MAX_STATEMENTS = 12;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Programmes programmes;

    @Autowired
    HomeVisits visits;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    QueryCounter queries;

    Programme levanger;
    long levangerMunicipality;
    long marte;
    List<Long> levangerLeaders;
    String base;

    @BeforeEach
    void demo() {
        levanger = programme(DemoProgrammes.LEVANGER);
        levangerMunicipality = jdbc.queryForObject("select id from municipality where number = '5037'", Long.class);
        marte = person(DemoAccounts.COORDINATOR_FJORD);
        levangerLeaders = jdbc.queryForList(
                "select pa.person_id from participation pa join person pe on pe.id = pa.person_id"
                        + " where pa.programme_id = ? and pa.left_on is null and pe.municipality_id = ?"
                        + " order by pa.person_id",
                Long.class,
                levanger.getId(),
                levangerMunicipality);
        base = "/programmes/" + levanger.getId() + "/home-visits";
    }

    @AfterEach
    void removeWhatTheTestMade() {
        jdbc.update("delete from home_visit where programme_id = ?", levanger.getId());
    }

    @Test
    void theDemoHasAHeldVisitWithNotesAScheduledOneAndKarisVisitInDrammen() {
        Programme innlandet = programme(DemoProgrammes.INNLANDET_INNOVATION);
        List<HomeVisitRow> rows = visits.list(
                        innlandet.getId(), null, org.springframework.data.domain.PageRequest.of(0, 25))
                .getContent();
        assertThat(rows).hasSize(2).allMatch(HomeVisitRow::scheduled);
        assertThat(rows).filteredOn(HomeVisitRow::hasNotes).hasSize(1);
        long drammensVisit = drammensVisit();
        assertThat(jdbc.queryForList(
                        "select person_id from home_visit_participant where home_visit_id = ?",
                        Long.class,
                        drammensVisit))
                .contains(person(DemoAccounts.LEADER_DRAMMEN), marte);
    }

    @Test
    void theCoordinatorSchedulesAVisitAndItShowsOnTheListTheTimelineAndTheReadPage() throws Exception {
        assertThat(body(as(DemoUsers.COORDINATOR, get(base)).andExpect(status().isOk())))
                .contains("Ikke planlagt")
                .contains(base + "/new?municipality=" + levangerMunicipality);
        String form = body(as(DemoUsers.COORDINATOR, get(base + "/new?municipality=" + levangerMunicipality))
                .andExpect(status().isOk()));
        assertThat(form).contains("Marte Lien").contains("name=\"personIds\"");
        LocalDate date = levanger.getStartDate().plusDays(20);
        as(DemoUsers.COORDINATOR, schedule(date, "09:00", "14:00", "Levanger rådhus", marte, levangerLeaders.get(0)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("flash", "homevisit.scheduled"));
        long id = levangersVisit();
        assertThat(body(as(DemoUsers.COORDINATOR, get(base))))
                .contains("Levanger rådhus")
                .contains("/home-visits/" + id);
        String timeline = body(as(DemoUsers.COORDINATOR, get("/programmes/" + levanger.getId() + "/timeline")));
        assertThat(timeline).contains("Hjemmebesøk i Levanger");
        assertThat(body(as(DemoUsers.COORDINATOR, get("/home-visits/" + id)).andExpect(status().isOk())))
                .contains("Levanger rådhus")
                .contains("Marte Lien");
    }

    @Test
    void badInputIsRefusedNextToTheFieldsAndTheInputIsKept() throws Exception {
        LocalDate outside = levanger.getEndDate().plusDays(1);
        String page = body(as(
                        DemoUsers.COORDINATOR,
                        schedule(outside, "14:00", "13:00", "Et sted jeg skrev", person(DemoAccounts.LEADER_DRAMMEN)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("Datoen må være innenfor programperioden.")
                .contains("Besøket må slutte etter at det starter.")
                .contains("Velg bare koordinatorer, fasilitatorer og deltakere fra kommunen som besøkes.")
                .contains("value=\"Et sted jeg skrev\"")
                .contains("aria-describedby=\"date-hint date-error\"");
        assertThat(visitCount()).isZero();
    }

    @Test
    void aDateThatHasPassedIsRefusedWhenTheVisitIsScheduled() throws Exception {
        // The demo programmes all lie ahead: move Levanger's start back for this test, and back again after.
        LocalDate start = levanger.getStartDate();
        LocalDate today = LocalDate.now(OSLO);
        jdbc.update("update programme set start_date = ? where id = ?", today.minusDays(30), levanger.getId());
        try {
            assertThat(body(as(DemoUsers.COORDINATOR, schedule(today.minusDays(1), "09:00", "10:00", "Kulturhuset"))
                            .andExpect(status().isUnprocessableContent())))
                    .contains("Datoen har allerede vært.")
                    .contains("value=\"Kulturhuset\"");
            as(DemoUsers.COORDINATOR, schedule(today, "23:00", "23:30", "Rådhuset"))
                    .andExpect(status().is3xxRedirection());
        } finally {
            jdbc.update("update programme set start_date = ? where id = ?", start, levanger.getId());
        }
        assertThat(visitCount()).isEqualTo(1);
    }

    @Test
    void aSecondVisitForTheSameMunicipalityIsRefusedWithAMessageNextToTheMunicipality() throws Exception {
        LocalDate date = levanger.getStartDate().plusDays(20);
        as(DemoUsers.COORDINATOR, schedule(date, "09:00", "14:00", "Rådhuset")).andExpect(status().is3xxRedirection());
        String page = body(as(DemoUsers.COORDINATOR, schedule(date.plusDays(7), "09:00", "14:00", "Kulturhuset"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("Kommunen har allerede et hjemmebesøk i dette programmet.")
                .contains("id=\"municipalityId-error\"")
                .contains("value=\"Kulturhuset\"");
        assertThat(visitCount()).isEqualTo(1);
        // The facade refuses too, should two coordinators press at once.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> visits.schedule(
                        levanger,
                        levangerMunicipality,
                        new HomeVisitData(date, LocalTime.of(9, 0), LocalTime.of(10, 0), "Rådhuset", null, Set.of()),
                        marte))
                .isInstanceOf(no.samla.system.FieldConflictException.class);
    }

    @Test
    void notesAreWrittenOnlyOnceTheVisitHasBegun() throws Exception {
        long future = visits.schedule(
                levanger,
                levangerMunicipality,
                new HomeVisitData(
                        levanger.getStartDate().plusDays(30),
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        "Rådhuset",
                        null,
                        Set.of(marte)),
                marte);
        assertThat(body(as(DemoUsers.COORDINATOR, get(base + "/" + future + "/notes"))
                        .andExpect(status().isOk())))
                .contains("Notater kan skrives når besøket har begynt.")
                .doesNotContain("name=\"notes\"");
        assertThat(body(as(
                                DemoUsers.COORDINATOR,
                                post(base + "/" + future + "/notes")
                                        .param("notes", "For tidlig")
                                        .param("version", "0"))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Notater kan skrives når besøket har begynt.");
        assertThat(jdbc.queryForObject("select notes from home_visit where id = ?", String.class, future))
                .isNull();

        visits.delete(levanger.getId(), future);
        long held = visits.schedule(
                levanger,
                levangerMunicipality,
                new HomeVisitData(
                        LocalDate.now(OSLO).minusDays(3),
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        "Rådhuset",
                        null,
                        Set.of(marte)),
                marte);
        as(
                        DemoUsers.COORDINATOR,
                        post(base + "/" + held + "/notes")
                                .param("notes", "Caset er spisset mot hjemmetjenesten.")
                                .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/home-visits/" + held));
        assertThat(body(as(DemoUsers.COORDINATOR, get("/home-visits/" + held))))
                .contains("Caset er spisset mot hjemmetjenesten.");
    }

    @Test
    void aStaleEditIsRefusedAndKeepsTheInput() throws Exception {
        LocalDate date = levanger.getStartDate().plusDays(20);
        as(DemoUsers.COORDINATOR, schedule(date, "09:00", "14:00", "Rådhuset", marte))
                .andExpect(status().is3xxRedirection());
        long id = levangersVisit();
        assertThat(body(as(DemoUsers.COORDINATOR, get(base + "/" + id + "/edit"))
                        .andExpect(status().isOk())))
                .contains("value=\"Rådhuset\"".replace("å", "&aring;"))
                .contains("id=\"comer-" + marte + "\" checked=\"checked\"")
                .contains("name=\"version\" value=\"0\"");
        as(DemoUsers.ADMIN, edit(id, date, "10:00", "14:00", "Kulturhuset", 0, marte))
                .andExpect(status().is3xxRedirection());
        String stale = body(as(DemoUsers.COORDINATOR, edit(id, date, "09:00", "14:00", "Biblioteket", 0, marte))
                .andExpect(status().isConflict()));
        assertThat(stale).contains("value=\"Biblioteket\"").contains("name=\"version\" value=\"1\"");
        assertThat(jdbc.queryForObject("select place from home_visit where id = ?", String.class, id))
                .isEqualTo("Kulturhuset");
    }

    @Test
    void deletingNeedsTheConfirmationAndCancelsTheVisitInTheCalendarsOfThoseWhoCame() throws Exception {
        LocalDate date = levanger.getStartDate().plusDays(20);
        long leader = levangerLeaders.get(0);
        as(DemoUsers.COORDINATOR, schedule(date, "09:00", "14:00", "Rådhuset", marte, leader))
                .andExpect(status().is3xxRedirection());
        long id = levangersVisit();
        as(DemoUsers.COORDINATOR, post(base + "/" + id + "/delete")).andExpect(status().isUnprocessableContent());
        assertThat(visitEvent(leader, id).status()).isEqualTo(CalendarEvent.Status.CONFIRMED);
        as(DemoUsers.COORDINATOR, post(base + "/" + id + "/delete").param("confirm", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "homevisit.deleted"));
        CalendarEvent cancelled = visitEvent(leader, id);
        assertThat(cancelled.status()).isEqualTo(CalendarEvent.Status.CANCELLED);
        assertThat(cancelled.sequence()).isEqualTo(1);
        as(DemoUsers.COORDINATOR, get("/home-visits/" + id)).andExpect(status().isNotFound());
        assertThat(body(as(DemoUsers.COORDINATOR, get(base)))).contains("Ikke planlagt");
        // A new visit may be scheduled once the old one is gone.
        as(DemoUsers.COORDINATOR, schedule(date, "09:00", "14:00", "Rådhuset")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theFeedsOfThoseWhoComeHaveTheVisitWithAStableUidAndASequenceThatGrowsWhenItMoves() throws Exception {
        LocalDate date = levanger.getStartDate().plusDays(20);
        long leader = levangerLeaders.get(0);
        long notComing = levangerLeaders.get(1);
        as(DemoUsers.COORDINATOR, schedule(date, "09:00", "14:00", "Rådhuset", marte, leader))
                .andExpect(status().is3xxRedirection());
        long id = levangersVisit();
        CalendarEvent first = visitEvent(leader, id);
        assertThat(first.uid()).isEqualTo("home-visit-" + id + "@samla");
        assertThat(first.summary()).isEqualTo("Hjemmebesøk i Levanger");
        assertThat(first.location()).isEqualTo("Rådhuset");
        assertThat(first.start()).isEqualTo(date.atTime(9, 0));
        assertThat(first.sequence()).isZero();
        assertThat(visitEvent(marte, id)).isNotNull();
        assertThat(uids(notComing)).doesNotContain(first.uid());
        assertThat(uids(person(DemoAccounts.LEADER_DRAMMEN))).doesNotContain(first.uid());

        // The agenda alone does not move it; a new place does.
        as(
                        DemoUsers.COORDINATOR,
                        edit(id, date, "09:00", "14:00", "Rådhuset", 0, marte, leader)
                                .param("agenda", "Pitchtrening"))
                .andExpect(status().is3xxRedirection());
        assertThat(visitEvent(leader, id).sequence()).isZero();
        as(DemoUsers.COORDINATOR, edit(id, date, "09:00", "14:00", "Kulturhuset", 1, marte, leader))
                .andExpect(status().is3xxRedirection());
        CalendarEvent moved = visitEvent(leader, id);
        assertThat(moved.uid()).isEqualTo(first.uid());
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(moved.location()).isEqualTo("Kulturhuset");
    }

    @Test
    void karisFeedHasHerDrammenVisitAndOthersFeedsDoNot() {
        String uid = "home-visit-" + drammensVisit() + "@samla";
        assertThat(uids(person(DemoAccounts.LEADER_DRAMMEN))).contains(uid);
        assertThat(uids(marte)).contains(uid);
        assertThat(uids(person(DemoAccounts.LEADER_STANGE))).doesNotContain(uid);
        assertThat(uids(person(DemoAccounts.MUNICIPALITY_ADMIN_DRAMMEN))).doesNotContain(uid);
        assertThat(feeds.hasEvents(person(DemoAccounts.LEADER_DRAMMEN))).isTrue();
    }

    @Test
    void karisProgrammePageShowsTheVisitSheComesToAndAnotherLeadersDoesNot() throws Exception {
        long school = programme(DemoProgrammes.DRAMMEN_SCHOOL).getId();
        long id = drammensVisit();
        assertThat(body(as(DemoUsers.LEADER, get("/my-programme/" + school)).andExpect(status().isOk())))
                .contains("id=\"my-home-visit\"")
                .contains("/home-visits/" + id);
        assertThat(body(as(DemoUsers.LEADER, get("/home-visits/" + id)).andExpect(status().isOk())))
                .contains("Hjemmebesøk i Drammen")
                .doesNotContain("/delete");
        long innlandet = programme(DemoProgrammes.INNLANDET_INNOVATION).getId();
        assertThat(body(as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/my-programme/" + innlandet))))
                .doesNotContain("/home-visits/" + id);
    }

    @Test
    void outsidersFindNoVisitOnAnyRoute() throws Exception {
        long drammen = programme(DemoProgrammes.DRAMMEN_SCHOOL).getId();
        long id = drammensVisit();
        String visits = "/programmes/" + drammen + "/home-visits";
        List<MockHttpServletRequestBuilder> routes = List.of(
                get(visits),
                get(visits + "/new"),
                post(visits + "/new").param("place", "x"),
                get(visits + "/" + id + "/edit"),
                post(visits + "/" + id + "/edit").param("place", "x"),
                get(visits + "/" + id + "/notes"),
                post(visits + "/" + id + "/notes").param("notes", "x"),
                post(visits + "/" + id + "/delete").param("confirm", "true"),
                get("/home-visits/" + id));
        for (MockHttpServletRequestBuilder route : routes) {
            for (DemoUsers outsider : List.of(DemoUsers.COORDINATOR_OTHER, DemoUsers.MUNICIPALITY_ADMIN_OTHER)) {
                as(outsider, route).andExpect(status().isNotFound());
            }
        }
        // A leader who does not come is not told the visit exists; the Drammen admin only reads.
        as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/home-visits/" + id)).andExpect(status().isNotFound());
        assertThat(body(as(DemoUsers.MUNICIPALITY_ADMIN, get(visits)).andExpect(status().isOk())))
                .contains("/home-visits/" + id)
                .doesNotContain(visits + "/" + id + "/edit");
        as(DemoUsers.MUNICIPALITY_ADMIN, get("/home-visits/" + id)).andExpect(status().isOk());
        as(DemoUsers.MUNICIPALITY_ADMIN, post(visits + "/" + id + "/delete").param("confirm", "true"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from home_visit where id = ?", String.class, id))
                .isEqualTo("SCHEDULED");
    }

    @Test
    void theTimelineShowsTheVisitsToTheProgrammesViewersAndNotToOthers() throws Exception {
        String timeline =
                "/programmes/" + programme(DemoProgrammes.DRAMMEN_SCHOOL).getId() + "/timeline";
        assertThat(body(as(DemoUsers.COORDINATOR, get(timeline)))).contains("Hjemmebesøk i Drammen");
        assertThat(body(as(DemoUsers.MUNICIPALITY_ADMIN, get(timeline)))).contains("Hjemmebesøk i Drammen");
        assertThat(body(as(DemoUsers.COORDINATOR_OTHER, get(timeline)).andExpect(status().isNotFound())))
                .doesNotContain("Hjemmebesøk i Drammen");
        assertThat(body(as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get(timeline)).andExpect(status().isNotFound())))
                .doesNotContain("Hjemmebesøk i Drammen");
    }

    @Test
    void theListRunsABoundedNumberOfStatementsWhateverTheNumberOfMunicipalitiesAndComers() throws Exception {
        long without = queries.countDuring(() -> as(DemoUsers.ADMIN, get(base)).andExpect(status().isOk()));
        as(
                        DemoUsers.COORDINATOR,
                        schedule(
                                levanger.getStartDate().plusDays(20),
                                "09:00",
                                "14:00",
                                "Rådhuset",
                                levangerLeaders.toArray(Long[]::new)))
                .andExpect(status().is3xxRedirection());
        long with = queries.countDuring(() -> as(DemoUsers.ADMIN, get(base)).andExpect(status().isOk()));
        String innlandet =
                "/programmes/" + programme(DemoProgrammes.INNLANDET_INNOVATION).getId() + "/home-visits";
        long two = queries.countDuring(() -> as(DemoUsers.ADMIN, get(innlandet)).andExpect(status().isOk()));
        assertThat(without).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(with).isEqualTo(without);
        assertThat(two).isEqualTo(without);
    }

    private MockHttpServletRequestBuilder schedule(
            LocalDate date, String start, String end, String place, Long... comers) {
        MockHttpServletRequestBuilder request = post(base + "/new")
                .param("municipalityId", String.valueOf(levangerMunicipality))
                .param("date", date.toString())
                .param("startTime", start)
                .param("endTime", end)
                .param("place", place)
                .param("agenda", "Trening på caset")
                .param("version", "0");
        for (Long comer : comers) {
            request.param("personIds", String.valueOf(comer));
        }
        return request;
    }

    private MockHttpServletRequestBuilder edit(
            long id, LocalDate date, String start, String end, String place, long version, Long... comers) {
        MockHttpServletRequestBuilder request = post(base + "/" + id + "/edit")
                .param("date", date.toString())
                .param("startTime", start)
                .param("endTime", end)
                .param("place", place)
                .param("version", String.valueOf(version));
        for (Long comer : comers) {
            request.param("personIds", String.valueOf(comer));
        }
        return request;
    }

    private CalendarEvent visitEvent(long personId, long visitId) {
        return feeds.eventsOf(personId, Locale.forLanguageTag("nb")).stream()
                .filter(event -> event.uid().equals("home-visit-" + visitId + "@samla"))
                .findFirst()
                .orElseThrow();
    }

    private List<String> uids(long personId) {
        return feeds.eventsOf(personId, Locale.forLanguageTag("nb")).stream()
                .map(CalendarEvent::uid)
                .toList();
    }

    private long levangersVisit() {
        return jdbc.queryForObject(
                "select id from home_visit where programme_id = ? and status = 'SCHEDULED'",
                Long.class,
                levanger.getId());
    }

    private long drammensVisit() {
        return jdbc.queryForObject(
                "select hv.id from home_visit hv join programme p on p.id = hv.programme_id"
                        + " where p.name = ? and hv.status = 'SCHEDULED'",
                Long.class,
                DemoProgrammes.DRAMMEN_SCHOOL);
    }

    private int visitCount() {
        return jdbc.queryForObject(
                "select count(*) from home_visit where programme_id = ?", Integer.class, levanger.getId());
    }

    private Programme programme(String name) {
        return programmes
                .find(jdbc.queryForObject("select id from programme where name = ?", Long.class, name))
                .orElseThrow();
    }

    private ResultActions as(DemoUsers user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf()));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private long person(String email) {
        return jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, email);
    }
}
