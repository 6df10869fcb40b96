package no.samla.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import no.samla.support.SessionCookie;
import no.samla.system.StaleEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The coaching and development project pages: who sees which notes and projects, forms, and bounded queries. */
@SamlaTest
class CoachingPagesTest {

    static final String PRIVATE_NOTE = "Følg opp delegering neste gang";
    static final String SHARED_NOTE = "korte, faste avklaringsmøter";
    static final long MAX_STATEMENTS = 8;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Coaching coaching;

    @Autowired
    DevelopmentProjects projects;

    @Autowired
    Programmes programmes;

    @Autowired
    QueryCounter queries;

    Programme school;
    long coach;
    long kari;
    final List<Long> slots = new ArrayList<>();

    @BeforeEach
    void demo() {
        school = programmes
                .find(jdbc.queryForObject(
                        "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL))
                .orElseThrow();
        coach = person(DemoAccounts.COORDINATOR_FJORD);
        kari = person(DemoAccounts.LEADER_DRAMMEN);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        slots.forEach(slot -> jdbc.update("delete from coaching_slot where id = ?", slot));
        slots.clear();
    }

    @Test
    void theDemoGivesKariACoachOpenSlotsABookingAHeldSessionAndAProjectWithTwoVersions() {
        LeaderProgramme mine = coaching.programmeOf(kari, school.getId());
        assertThat(mine.coachPersonId()).isEqualTo(coach);
        assertThat(mine.quota()).isEqualTo(4);
        assertThat(coaching.used(school.getId(), kari)).isEqualTo(2);
        assertThat(coaching.openSlots(mine, org.springframework.data.domain.PageRequest.of(0, 25))
                        .getTotalElements())
                .isGreaterThanOrEqualTo(5);
        DevelopmentProject project = projects.own(kari, school.getId()).orElseThrow();
        assertThat(projects.history(project))
                .extracting(ProjectVersionRow::number)
                .containsExactly(2, 1);
        assertThat(projects.version(project, 1).orElseThrow().text().behaviour())
                .isEqualTo(LeadershipBehaviour.TASK_STRUCTURE);
        assertThat(projects.latest(project).orElseThrow().text().behaviour()).isEqualTo(LeadershipBehaviour.RELATION);
    }

    @Test
    void privateCoachNotesAreReadByTheCoachAloneAndByNoOtherRole() throws Exception {
        String session = "/coaching/sessions/" + heldSession();
        for (DemoUsers user : DemoUsers.values()) {
            var result = mvc.perform(get(session).with(user.as(accounts))).andReturn();
            String body = result.getResponse().getContentAsString();
            if (user == DemoUsers.COORDINATOR) {
                assertThat(body).as("the coach").contains(PRIVATE_NOTE).contains(SHARED_NOTE);
                continue;
            }
            assertThat(body).as(user.name()).doesNotContain(PRIVATE_NOTE).doesNotContain("privateText");
            if (user == DemoUsers.LEADER) {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                assertThat(body).contains(SHARED_NOTE);
            } else if (user != DemoUsers.ANONYMOUS) {
                assertThat(result.getResponse().getStatus()).as(user.name()).isEqualTo(404);
                assertThat(body).doesNotContain(SHARED_NOTE);
            }
        }
        // Not even writing through another door: the leader cannot reach the private note.
        as(DemoUsers.LEADER, post(session + "/private-notes").param("text", "overskrevet"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select text from coaching_private_note where session_id = ?", String.class, heldSession()))
                .contains(PRIVATE_NOTE);
    }

    @Test
    void theCoachsStartPageListsTheSessionsTheyCoachAndALeadersDoesNot() throws Exception {
        CoachingSlot slot = publish(LocalDate.of(2032, 5, 10), LocalTime.of(13, 0));
        coaching.book(kari, slot.getId());
        String kariName = jdbc.queryForObject("select full_name from person where id = ?", String.class, kari);
        String coachPage = startPage(DemoUsers.COORDINATOR);
        assertThat(coachPage).contains("home-coach-heading");
        String section = coachPage.substring(coachPage.indexOf("home-coach-heading"));
        assertThat(section.substring(0, section.indexOf("</section>"))).contains(kariName);
        assertThat(startPage(DemoUsers.LEADER)).doesNotContain("home-coach-heading");
    }

    private String startPage(DemoUsers user) throws Exception {
        return as(user, get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theLeaderBooksFromTheCoachingPageAndIsToldClearlyWhenRefused() throws Exception {
        CoachingSlot slot = publish(LocalDate.of(2032, 5, 3), LocalTime.of(9, 0));
        String page = body(as(DemoUsers.LEADER, get("/coaching")).andExpect(status().isOk()));
        assertThat(page)
                .contains("Marte Lien")
                .contains("2 av 4 brukt, 2 igjen")
                .contains("/coaching/slots/");
        as(DemoUsers.LEADER, post("/coaching/slots/" + slot.getId() + "/book"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "coaching.booked"));
        as(DemoUsers.LEADER, post("/coaching/slots/" + slot.getId() + "/book"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusalKey", "coaching.refused.taken"));
        // With one more booked all four are used: the next booking is refused, and the page after the redirect (in
        // the same session, as in a browser) says why, with the number.
        as(
                        DemoUsers.LEADER,
                        post("/coaching/slots/"
                                + publish(LocalDate.of(2032, 5, 4), LocalTime.of(9, 0))
                                        .getId() + "/book"))
                .andExpect(flash().attribute("flash", "coaching.booked"));
        SessionCookie browser = SessionCookie.of(mvc.perform(get("/login")).andReturn());
        as(
                        DemoUsers.LEADER,
                        post("/coaching/slots/"
                                        + publish(LocalDate.of(2032, 5, 5), LocalTime.of(9, 0))
                                                .getId() + "/book")
                                .with(browser))
                .andExpect(flash().attribute("refusalKey", "coaching.refused.quota"));
        String refused =
                body(as(DemoUsers.LEADER, get("/coaching").with(browser)).andExpect(status().isOk()));
        assertThat(refused).contains("Du har brukt alle 4 veiledningssamtalene dine i dette programmet.");
    }

    @Test
    void theCoachPublishesASlotAndBadInputIsShownNextToItsFieldAndKept() throws Exception {
        as(
                        DemoUsers.COORDINATOR,
                        post("/coaching/coach/slots")
                                .param("programmeId", String.valueOf(school.getId()))
                                .param("date", "2020-01-01")
                                .param("time", "09:00")
                                .param("minutes", "60")
                                .param("mode", "PHONE")
                                .param("place", "Rom 4"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Tiden har allerede vært")
                        .contains("value=\"2020-01-01\"")
                        .contains("value=\"Rom 4\""));
        as(
                        DemoUsers.COORDINATOR,
                        post("/coaching/coach/slots")
                                .param("programmeId", String.valueOf(school.getId()))
                                .param("date", "2032-05-04")
                                .param("time", "10:00")
                                .param("minutes", "5")
                                .param("mode", "PHONE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("En samtale varer minst 15 minutter."));
        as(
                        DemoUsers.COORDINATOR,
                        post("/coaching/coach/slots")
                                .param("programmeId", String.valueOf(school.getId()))
                                .param("date", "2032-05-04")
                                .param("time", "10:00")
                                .param("minutes", "45")
                                .param("mode", "IN_PERSON")
                                .param("place", "Rådhuset"))
                .andExpect(status().is3xxRedirection());
        slots.addAll(jdbc.queryForList(
                "select id from coaching_slot where coach_person_id = ? and place = 'Rådhuset'"
                        + " and starts_at = timestamptz '2032-05-04 10:00 Europe/Oslo'",
                Long.class,
                coach));
        assertThat(slots).hasSize(1);
        // Jonas coaches only in his own network's programme.
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/coaching/coach/slots")
                                .param("programmeId", String.valueOf(school.getId()))
                                .param("date", "2032-05-04")
                                .param("time", "12:00")
                                .param("minutes", "45")
                                .param("mode", "PHONE"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void projectVersionsAreKeptAndAStaleSaveIsRefused() throws Exception {
        long ase = person("ase.andersen@drammen.example");
        DevelopmentProjectVersion.ProjectText first = text("Lytte mer", LeadershipBehaviour.RELATION);
        DevelopmentProjectVersion.ProjectText second = text("Lytte mer og bedre", LeadershipBehaviour.RELATION);
        assertThat(projects.save(ase, school.getId(), 0, first, DevelopmentProject.Sharing.onlyMe()))
                .isEqualTo(1);
        assertThat(projects.save(ase, school.getId(), 1, second, DevelopmentProject.Sharing.onlyMe()))
                .isEqualTo(2);
        // Saving the same text again adds no version; an edit based on version 1 is stale.
        assertThat(projects.save(ase, school.getId(), 2, second, DevelopmentProject.Sharing.onlyMe()))
                .isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> projects.save(
                        ase, school.getId(), 1, text("Noe annet", LeadershipBehaviour.TASK_STRUCTURE), null))
                .isInstanceOf(StaleEditException.class);
        DevelopmentProject project = projects.own(ase, school.getId()).orElseThrow();
        assertThat(projects.version(project, 1).orElseThrow().text()).isEqualTo(first);
        assertThat(projects.latest(project).orElseThrow().text()).isEqualTo(second);

        String own = body(as(DemoUsers.LEADER, get("/development-project/" + school.getId()))
                .andExpect(status().isOk()));
        assertThat(own).contains("Versjon 2").contains("Versjon 1").contains("Teamlederne tar flere beslutninger selv");
        String old = body(as(DemoUsers.LEADER, get("/development-project/" + school.getId() + "/versions/1"))
                .andExpect(status().isOk()));
        assertThat(old).contains("Oppgave og struktur").doesNotContain("Tydelig delegering gir dem også mer mestring");
        as(
                        DemoUsers.LEADER,
                        post("/development-project/" + school.getId())
                                .param("goal", "")
                                .param("why", "Fordi")
                                .param("behaviour", "RELATION")
                                .param("practice", "Øve")
                                .param("evidence", "Merke")
                                .param("version", "2"))
                .andExpect(status().isUnprocessableContent());
        as(
                        DemoUsers.LEADER,
                        post("/development-project/" + school.getId())
                                .param("goal", "Noe nytt")
                                .param("why", "Fordi")
                                .param("behaviour", "RELATION")
                                .param("practice", "Øve")
                                .param("evidence", "Merke")
                                .param("shareWithCoach", "true")
                                .param("version", "1"))
                .andExpect(status().isConflict())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("Noe nytt"));
    }

    @Test
    void aProjectIsReadOnlyByThoseTheLeaderChose() throws Exception {
        long wenche = person("wenche.larsen@drammen.example");
        DevelopmentProjectVersion.ProjectText words = text("Være tydelig", LeadershipBehaviour.CHANGE_DEVELOPMENT);
        projects.save(wenche, school.getId(), 0, words, DevelopmentProject.Sharing.onlyMe());
        DevelopmentProject project = projects.own(wenche, school.getId()).orElseThrow();
        String read = "/development-project/shared/" + project.getId();
        long jonas = person(DemoAccounts.COORDINATOR_NETWORK);

        assertThat(projects.mayRead(wenche, project)).isTrue();
        assertThat(projects.mayRead(coach, project)).isFalse();
        as(DemoUsers.COORDINATOR, get(read)).andExpect(status().isNotFound());
        as(DemoUsers.ADMIN, get(read)).andExpect(status().isNotFound());

        // Only the network group: nobody until network groups say who shares a group with her.
        share(wenche, words, new DevelopmentProject.Sharing(false, true, false));
        assertThat(projects.mayRead(coach, reload(project))).isFalse();

        // Her coach (the coordinator coaches the school's leaders).
        share(wenche, words, new DevelopmentProject.Sharing(true, false, false));
        as(DemoUsers.COORDINATOR, get(read)).andExpect(status().isOk());
        assertThat(projects.mayRead(jonas, reload(project))).isFalse();

        // The coordinators, once she has another coach.
        coaching.assign(school, wenche, null, 4);
        try {
            assertThat(projects.mayRead(coach, reload(project))).isFalse();
            share(wenche, words, new DevelopmentProject.Sharing(false, false, true));
            as(DemoUsers.COORDINATOR, get(read)).andExpect(status().isOk());
            as(DemoUsers.COORDINATOR_OTHER, get(read)).andExpect(status().isNotFound());
            as(DemoUsers.MUNICIPALITY_ADMIN, get(read)).andExpect(status().isNotFound());
            as(DemoUsers.LEADER, get(read)).andExpect(status().isNotFound());
        } finally {
            coaching.assign(school, wenche, coach, 4);
        }
    }

    @Test
    void theCoachingPagesRunABoundedNumberOfQueriesWhateverTheDataSize() throws Exception {
        long before =
                queries.countDuring(() -> as(DemoUsers.LEADER, get("/coaching")).andExpect(status().isOk()));
        long coachBefore = queries.countDuring(
                () -> as(DemoUsers.COORDINATOR, get("/coaching/coach")).andExpect(status().isOk()));
        long assignBefore =
                queries.countDuring(() -> as(DemoUsers.COORDINATOR, get("/programmes/" + school.getId() + "/coaching"))
                        .andExpect(status().isOk()));
        for (int day = 0; day < 12; day++) {
            for (int hour = 8; hour < 12; hour++) {
                publish(LocalDate.of(2032, 6, 1).plusDays(day), LocalTime.of(hour, 0));
            }
        }
        for (int i = 0; i < 3; i++) {
            coaching.book(person("ase.andersen@drammen.example"), slots.get(i));
        }
        long after =
                queries.countDuring(() -> as(DemoUsers.LEADER, get("/coaching")).andExpect(status().isOk()));
        long coachAfter = queries.countDuring(
                () -> as(DemoUsers.COORDINATOR, get("/coaching/coach")).andExpect(status().isOk()));
        long assignAfter =
                queries.countDuring(() -> as(DemoUsers.COORDINATOR, get("/programmes/" + school.getId() + "/coaching"))
                        .andExpect(status().isOk()));
        // The page query, plus its count query once a list fills a page: never one query per row.
        assertThat(after).isLessThanOrEqualTo(before + 1).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(coachAfter).isLessThanOrEqualTo(coachBefore + 1).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(assignAfter).isLessThanOrEqualTo(assignBefore + 1).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    private void share(long leader, DevelopmentProjectVersion.ProjectText words, DevelopmentProject.Sharing sharing) {
        DevelopmentProject project = projects.own(leader, school.getId()).orElseThrow();
        int latest = projects.latest(project).orElseThrow().getNumber();
        projects.save(leader, school.getId(), latest, words, sharing);
    }

    private DevelopmentProject reload(DevelopmentProject project) {
        return projects.find(project.getId()).orElseThrow();
    }

    private static DevelopmentProjectVersion.ProjectText text(String goal, LeadershipBehaviour behaviour) {
        return new DevelopmentProjectVersion.ProjectText(goal, "Fordi det trengs", behaviour, "Øve hver uke", "Se det");
    }

    private long heldSession() {
        return jdbc.queryForObject(
                "select s.id from coaching_session s join coaching_slot sl on sl.id = s.slot_id"
                        + " where s.leader_person_id = ? and sl.starts_at < now() and s.status = 'BOOKED'",
                Long.class,
                kari);
    }

    private CoachingSlot publish(LocalDate date, LocalTime time) {
        CoachingSlot slot = coaching.publish(coach, school, date, time, 30, CoachingMode.VIDEO, null);
        slots.add(slot.getId());
        return slot;
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
