package no.samla.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A coordinator sets up a programme in the browser; municipality admins see only their own part. */
@SamlaTest
class ProgrammeFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GatheringSchedule gatherings;

    @Autowired
    QueryCounter queries;

    @Test
    void coordinatorCreatesAProgrammeFromATemplateWithItsGatheringsLaidOutFromTheStartDate() throws Exception {
        long template = id(
                "select id from programme where template and name = 'Lederutvikling i en mindre kommune: fire samlinger'");
        long provider = id("select id from provider_organisation where name = 'Fjord Lederutvikling AS'");
        String url = as(
                        DemoUsers.COORDINATOR,
                        post("/programmes/templates/" + template + "/use")
                                .param("name", "Lederløftet Time 2028")
                                .param("providerId", String.valueOf(provider))
                                .param("startDate", "2028-01-13")
                                .param("weeksBetween", "5"))
                .andExpect(redirectedUrlPattern("/programmes/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long programme = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

        List<GatheringSchedule.ScheduledGathering> laidOut = gatherings.gatheringsOf(programme);
        assertThat(laidOut)
                .extracting(GatheringSchedule.ScheduledGathering::startDate)
                .containsExactly(
                        LocalDate.of(2028, 1, 13),
                        LocalDate.of(2028, 2, 17),
                        LocalDate.of(2028, 3, 23),
                        LocalDate.of(2028, 4, 27));
        assertThat(jdbc.queryForObject("select end_date from programme where id = ?", LocalDate.class, programme))
                .isEqualTo(LocalDate.of(2028, 4, 27));
        assertThat(jdbc.queryForList(
                        "select title from programme_theme where programme_id = ? order by position",
                        String.class,
                        programme))
                .startsWith("Felles lederplattform: prinsipper og samspill")
                .hasSize(4);
        String page = body(as(DemoUsers.COORDINATOR, get(url)).andExpect(status().isOk()));
        assertThat(page).contains("Lederløftet Time 2028").contains("Samling 4: Gjennomføringskraft");
    }

    @Test
    void endBeforeStartAndUnknownProviderAreFieldMessagesAndNothingIsSaved() throws Exception {
        long before = id("select count(*) from programme");
        String page = body(as(
                        DemoUsers.COORDINATOR,
                        post("/programmes")
                                .param("name", "Feil datoer")
                                .param("providerId", "987654")
                                .param("startDate", "2027-06-01")
                                .param("endDate", "2027-01-01")
                                .param("networkGroups", "4")
                                .param("meetingsPerNetworkGroup", "4")
                                .param("coachingSessionsPerParticipant", "-1")
                                .param("version", "0"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("id=\"endDate-error\"")
                .contains("id=\"coachingSessionsPerParticipant-error\"")
                .contains("value=\"Feil datoer\"");
        assertThat(id("select count(*) from programme")).isEqualTo(before);
    }

    @Test
    void coordinatorAddsAGatheringAndATakenNumberIsAFieldMessage() throws Exception {
        String programme = programmeUrl(DemoProgrammes.LEVANGER);
        String taken = body(as(
                        DemoUsers.COORDINATOR,
                        post(programme + "/gatherings")
                                .param("number", "1")
                                .param("title", "Ekstra samling")
                                .param("format", "DIGITAL")
                                .param("startDate", "2027-06-10")
                                .param("startTime", "09:00")
                                .param("endTime", "12:00")
                                .param("version", "0"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(taken).contains("id=\"number-error\"").contains("value=\"Ekstra samling\"");

        as(
                        DemoUsers.COORDINATOR,
                        post(programme + "/gatherings")
                                .param("number", "9")
                                .param("title", "Ekstra samling")
                                .param("format", "DIGITAL")
                                .param("startDate", "2027-06-10")
                                .param("startTime", "09:00")
                                .param("endTime", "12:00")
                                .param("agendaOutline", "Oppsummering digitalt")
                                .param("version", "0"))
                .andExpect(redirectedUrl(programme));
        assertThat(body(as(DemoUsers.COORDINATOR, get(programme))))
                .contains("Ekstra samling")
                .contains("Digital");
        as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get(programme + "/gatherings/new"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTimelineShowsTheGatheringsInOrderWithTheWeeksBetweenThem() throws Exception {
        String page =
                body(as(DemoUsers.MUNICIPALITY_ADMIN, get(programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL) + "/timeline"))
                        .andExpect(status().isOk()));
        assertThat(page)
                .contains("Samling 1: Lederrollen")
                .contains("Sted: Union Scene")
                .contains("Mellomarbeid: 6 uker til neste samling");
        assertThat(page.indexOf("Samling 1: Lederrollen")).isLessThan(page.indexOf("Samling 2: Å lede endring"));
    }

    @Test
    void statusMovesOnlyAlongTheAllowedPath() throws Exception {
        String programme = programmeUrl(DemoProgrammes.LEVANGER);
        as(DemoUsers.COORDINATOR, post(programme + "/status").param("status", "COMPLETED"))
                .andExpect(redirectedUrl(programme));
        assertThat(statusOf(DemoProgrammes.LEVANGER)).isEqualTo("DRAFT");
        as(DemoUsers.COORDINATOR, post(programme + "/status").param("status", "PLANNED"));
        assertThat(statusOf(DemoProgrammes.LEVANGER)).isEqualTo("PLANNED");
        as(DemoUsers.COORDINATOR, post(programme + "/status").param("status", "DRAFT"));
        assertThat(statusOf(DemoProgrammes.LEVANGER)).isEqualTo("DRAFT");
    }

    @Test
    void twoCoordinatorsSavingTheSameVersionGetAConflictNotASilentOverwrite() throws Exception {
        String programme = programmeUrl(DemoProgrammes.LEVANGER);
        long version = id("select version from programme where name = '" + DemoProgrammes.LEVANGER + "'");
        long provider =
                id("select provider_organisation_id from programme where name = '" + DemoProgrammes.LEVANGER + "'");
        MockHttpServletRequestBuilder first = edit(programme, provider, version, "Første tema");
        as(DemoUsers.COORDINATOR, first).andExpect(redirectedUrl(programme));
        String conflict = body(as(DemoUsers.ADMIN, edit(programme, provider, version, "Andre tema"))
                .andExpect(status().isConflict()));
        assertThat(conflict).contains("Noen andre har endret dette").contains("Andre tema");
        assertThat(jdbc.queryForList(
                        "select t.title from programme_theme t join programme p on p.id = t.programme_id where p.name = ?",
                        String.class,
                        DemoProgrammes.LEVANGER))
                .containsExactly("Første tema");
    }

    @Test
    void enrolmentMistakesAreFieldMessages() throws Exception {
        String programme = programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL);
        long drammen = id("select id from municipality where number = '3301'");
        assertThat(body(as(
                                DemoUsers.COORDINATOR,
                                post(programme + "/municipalities").param("municipalityId", String.valueOf(drammen)))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Kommunen er allerede med i programmet.");
        assertThat(body(as(
                                DemoUsers.COORDINATOR,
                                post(programme + "/leader-groups").param("name", "Uten kommune"))
                        .andExpect(status().isUnprocessableContent())))
                .contains("id=\"municipalityId-error\"");
        assertThat(body(as(
                                DemoUsers.COORDINATOR,
                                post(programme + "/participants")
                                        .param("email", DemoUsers.LEADER.email())
                                        .param("roles", "PARTICIPANT"))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Personen er allerede med i programmet.");
        assertThat(body(as(
                                DemoUsers.COORDINATOR,
                                post(programme + "/participants")
                                        .param("email", "ingen@finnes.example")
                                        .param("roles", "PARTICIPANT"))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Det finnes ingen person med denne e-postadressen.");
    }

    @Test
    void municipalityAdminSeesAndEnrolsOnlyTheirOwnMunicipality() throws Exception {
        String programme = programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL);
        // The school has more participants than one page holds: the search finds one by name.
        String page =
                body(as(DemoUsers.MUNICIPALITY_ADMIN, get(programme + "/people").param("q", " nordMANN "))
                        .andExpect(status().isOk()));
        assertThat(page).contains("value=\"nordMANN\"");
        assertThat(body(as(
                        DemoUsers.MUNICIPALITY_ADMIN, get(programme + "/people").param("q", "%"))))
                .as("a % is searched for literally")
                .doesNotContain("Kari Nordmann");
        assertThat(page)
                .contains("Kari Nordmann")
                .doesNotContain("Marte Lien")
                .doesNotContain("enrolment.municipality.submit");

        assertThat(body(as(
                                DemoUsers.MUNICIPALITY_ADMIN,
                                post(programme + "/participants")
                                        .param("email", DemoUsers.LEADER_OTHER_MUNICIPALITY.email())
                                        .param("roles", "PARTICIPANT"))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Du kan bare melde på personer fra din egen kommune.");

        as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get(programme + "/people")).andExpect(status().isNotFound());
        String list =
                body(as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get("/programmes")).andExpect(status().isOk()));
        assertThat(list).contains(DemoProgrammes.INNLANDET_INNOVATION).doesNotContain(DemoProgrammes.DRAMMEN_SCHOOL);
    }

    @Test
    void theYearFilterFindsTheProgrammesRunningThatYearForEveryViewer() throws Exception {
        // The year reached the query as a date parameter PostgreSQL could not type in ":year is null": a 500.
        int running = jdbc.queryForObject(
                "select extract(year from start_date)::int from programme where name = ?",
                Integer.class,
                DemoProgrammes.DRAMMEN_SCHOOL);
        for (DemoUsers viewer : List.of(DemoUsers.MUNICIPALITY_ADMIN, DemoUsers.COORDINATOR, DemoUsers.ADMIN)) {
            assertThat(body(as(viewer, get("/programmes").param("year", String.valueOf(running)))
                            .andExpect(status().isOk())))
                    .contains(DemoProgrammes.DRAMMEN_SCHOOL);
            assertThat(body(as(viewer, get("/programmes").param("year", "1990")).andExpect(status().isOk())))
                    .doesNotContain(DemoProgrammes.DRAMMEN_SCHOOL);
        }
        as(DemoUsers.MUNICIPALITY_ADMIN, get("/programmes").param("year", "0")).andExpect(status().isOk());
    }

    @Test
    void leavingKeepsTheHistory() throws Exception {
        String programme = programmeUrl(DemoProgrammes.LEVANGER);
        long participation = id("select pa.id from participation pa join programme p on p.id = pa.programme_id"
                + " where p.name = '" + DemoProgrammes.LEVANGER + "' and pa.left_on is null order by pa.id limit 1");
        as(DemoUsers.COORDINATOR, post(programme + "/participants/" + participation + "/leave"))
                .andExpect(redirectedUrl(programme + "/people"));
        assertThat(jdbc.queryForObject(
                        "select left_on from participation where id = ?", LocalDate.class, participation))
                .isNotNull();
        String withLeft =
                body(as(DemoUsers.COORDINATOR, get(programme + "/people").param("left", "true")));
        assertThat(withLeft).contains("Sluttet");
    }

    @Test
    void listAndPeoplePagesRunABoundedNumberOfQueries() throws Exception {
        for (String page : List.of(
                "/programmes",
                programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL) + "/people",
                programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL),
                "/programmes/templates")) {
            long count =
                    queries.countDuring(() -> as(DemoUsers.ADMIN, get(page)).andExpect(status().isOk()));
            assertThat(count).as(page).isLessThanOrEqualTo(12);
        }
    }

    private MockHttpServletRequestBuilder edit(String programme, long provider, long version, String theme) {
        return post(programme + "/edit")
                .param("name", DemoProgrammes.LEVANGER)
                .param("providerId", String.valueOf(provider))
                .param("startDate", "2027-01-14")
                .param("endDate", "2027-06-30")
                .param("themes", theme)
                .param(
                        "coordinatorIds",
                        String.valueOf(
                                id("select id from person where email = '" + DemoUsers.COORDINATOR.email() + "'")))
                .param("networkGroups", "4")
                .param("meetingsPerNetworkGroup", "4")
                .param("coachingSessionsPerParticipant", "4")
                .param("version", String.valueOf(version));
    }

    private ResultActions as(DemoUsers user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf()));
    }

    private String programmeUrl(String name) {
        return "/programmes/" + id("select id from programme where name = '" + name + "'");
    }

    private String statusOf(String name) {
        return jdbc.queryForObject("select status from programme where name = ?", String.class, name);
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
