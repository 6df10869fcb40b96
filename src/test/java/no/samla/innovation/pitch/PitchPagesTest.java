package no.samla.innovation.pitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
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
 * Pitch events as the coordinator, the panel and the programme use them: setting one up, scoring and scoring again,
 * scores outside the scale, the panel member who may not score their own municipality's case, ties in the ranking,
 * publishing, who finds what, and bounded queries. Pitches made here are in Ledergaloppen Innlandet, titled
 * "Testpitch", and removed after each test; the demo's published pitch is only read.
 */
@SamlaTest
class PitchPagesTest {

    static final String DEMO_PITCH = "Pitch på siste samling";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Pitches pitches;

    @Autowired
    QueryCounter queries;

    long innlandet;
    long stangeCase;
    long ringsakerCase;
    long otherRingsakerCase;

    @BeforeEach
    void demo() {
        innlandet = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.INNLANDET_INNOVATION);
        stangeCase = caseId("Hverdagsrehabilitering hjemme");
        ringsakerCase = caseId("Felles vikarpool i oppvekst");
        otherRingsakerCase = caseId("Sømløs overgang fra sykehus til hjem");
    }

    @AfterEach
    void removeWhatTheTestMade() {
        jdbc.update("delete from pitch where title like 'Testpitch%'");
    }

    @Test
    void thePanelScoresThreeCasesOneMemberIsRefusedHisOwnMunicipalityAndTheCoordinatorPublishes() throws Exception {
        long pitch = createThroughTheForm("Testpitch samling 9");
        for (long caseId : List.of(stangeCase, ringsakerCase, otherRingsakerCase)) {
            as(DemoUsers.COORDINATOR_OTHER, post("/pitches/" + pitch + "/cases").param("caseId", "" + caseId))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("flash", "pitch.case.added"));
        }
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/pitches/" + pitch + "/panel").param("email", DemoAccounts.COORDINATOR_FJORD))
                .andExpect(status().is3xxRedirection());
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/pitches/" + pitch + "/panel")
                                .param("personId", "" + person(DemoAccounts.MUNICIPALITY_ADMIN_STANGE)))
                .andExpect(status().is3xxRedirection());
        List<Criterion> criteria = pitches.criteria(pitch);
        assertThat(criteria)
                .extracting(Criterion::name)
                .containsExactly(
                        "Verdi for brukerne", "Gjennomførbarhet", "Gevinstpotensial", "Potensial for spredning");

        // Marte scores all three; Per (Stange) scores Ringsaker's two and is refused Stange's own case.
        score(DemoUsers.COORDINATOR, pitch, stangeCase, criteria, 5, 4, 4, 4).andExpect(status().is3xxRedirection());
        score(DemoUsers.COORDINATOR, pitch, ringsakerCase, criteria, 4, 4, 4, 4).andExpect(status().is3xxRedirection());
        score(DemoUsers.COORDINATOR, pitch, otherRingsakerCase, criteria, 2, 3, 3, 3)
                .andExpect(status().is3xxRedirection());
        score(DemoUsers.MUNICIPALITY_ADMIN_OTHER, pitch, ringsakerCase, criteria, 5, 5, 4, 4)
                .andExpect(status().is3xxRedirection());
        score(DemoUsers.MUNICIPALITY_ADMIN_OTHER, pitch, otherRingsakerCase, criteria, 3, 3, 3, 3)
                .andExpect(status().is3xxRedirection());
        String refused = body(score(DemoUsers.MUNICIPALITY_ADMIN_OTHER, pitch, stangeCase, criteria, 1, 1, 1, 1)
                .andExpect(status().isForbidden()));
        assertThat(refused).contains("Du kan ikke gi poeng til et case fra din egen kommune.");
        assertThat(scores(pitch, stangeCase)).isEqualTo(1);
        assertThat(body(as(
                                DemoUsers.MUNICIPALITY_ADMIN_OTHER,
                                get("/pitches/" + pitch + "/cases/" + stangeCase + "/score"))
                        .andExpect(status().isForbidden())))
                .contains("Du kan ikke gi poeng til et case fra din egen kommune.")
                .doesNotContain("name=\"comment\"");
        String perPage = body(
                as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get("/pitches/" + pitch)).andExpect(status().isOk()));
        assertThat(perPage)
                .contains("Egen kommune, ingen poeng")
                .doesNotContain("/cases/" + stangeCase + "/score")
                .contains("/cases/" + ringsakerCase + "/score");

        // The participant sees no results until the coordinator publishes.
        String before = body(as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/pitches/" + pitch))
                .andExpect(status().isOk()));
        assertThat(before).doesNotContain("1. plass");
        String live = body(as(DemoUsers.COORDINATOR_OTHER, get("/pitches/" + pitch + "/results"))
                .andExpect(status().isOk()));
        assertThat(live)
                .contains("hx-trigger=\"every 10s\"")
                .contains("Delt 1. plass")
                .contains("3. plass");
        as(DemoUsers.COORDINATOR_OTHER, post("/pitches/" + pitch + "/publish").param("published", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "pitch.published"));
        String after = body(as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/pitches/" + pitch))
                .andExpect(status().isOk()));
        // 17 for Stange's case (one scorer), 17 for the vikarpool (4.5 + 4.5 + 4 + 4 from two), 11.5 for the third.
        assertThat(after)
                .contains("Delt 1. plass")
                .contains("3. plass")
                .contains("17,00")
                .contains("11,50")
                .contains("Hverdagsrehabilitering hjemme deler 1. plass med samme total.");
        // Scores are locked once published.
        assertThat(body(score(DemoUsers.COORDINATOR, pitch, stangeCase, criteria, 1, 1, 1, 1)
                        .andExpect(status().isUnprocessableContent())))
                .contains("Resultatene er publisert, så poengene kan ikke endres.");
    }

    @Test
    void scoringAgainUpdatesTheScoresAndSaysSo() throws Exception {
        long pitch = pitchWith(List.of(ringsakerCase), DemoAccounts.COORDINATOR_FJORD);
        List<Criterion> criteria = pitches.criteria(pitch);
        score(DemoUsers.COORDINATOR, pitch, ringsakerCase, criteria, 3, 3, 3, 3)
                .andExpect(flash().attribute("flash", "pitch.score.saved"));
        assertThat(body(as(DemoUsers.COORDINATOR, get("/pitches/" + pitch + "/cases/" + ringsakerCase + "/score"))))
                .contains("Du har allerede gitt poeng til dette caset.");
        score(DemoUsers.COORDINATOR, pitch, ringsakerCase, criteria, 5, 5, 4, 4)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pitches/" + pitch + "#order"))
                .andExpect(flash().attribute("flash", "pitch.score.updated"));
        assertThat(scores(pitch, ringsakerCase)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select sum(v.value) from pitch_score_value v join pitch_score s on s.id = v.score_id"
                                + " where s.pitch_id = ?",
                        Integer.class,
                        pitch))
                .isEqualTo(18);
    }

    @Test
    void scoresOutsideTheScaleOrMissingAreRefusedNextToTheFieldWithTheInputKept() throws Exception {
        long pitch = pitchWith(List.of(ringsakerCase), DemoAccounts.COORDINATOR_FJORD);
        List<Criterion> criteria = pitches.criteria(pitch);
        String page = body(as(
                        DemoUsers.COORDINATOR,
                        post("/pitches/" + pitch + "/cases/" + ringsakerCase + "/score")
                                .param("scores[" + criteria.get(0).id() + "]", "7")
                                .param("scores[" + criteria.get(1).id() + "]", "4")
                                .param("scores[" + criteria.get(2).id() + "]", "tre")
                                .param("comment", "Min kommentar"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("Poengene må være fra 1 til 5.")
                .contains("Poengene må være et tall fra 1 til 5.")
                .contains("Velg et tall fra 1 til 5.")
                .contains("id=\"scores-" + criteria.get(0).id() + "-error\"")
                .contains("Min kommentar")
                .containsPattern("id=\"scores-" + criteria.get(1).id() + "-4\"[^>]*checked");
        assertThat(scores(pitch, ringsakerCase)).isZero();
    }

    @Test
    void accessIsCheckedBeforeTheInput() throws Exception {
        long pitch = pitchWith(List.of(ringsakerCase), DemoAccounts.COORDINATOR_FJORD);
        String bad = "/pitches/" + pitch + "/cases/" + ringsakerCase + "/score";
        as(DemoUsers.LEADER, post(bad).param("scores[1]", "9")).andExpect(status().isNotFound());
        as(DemoUsers.LEADER_OTHER_MUNICIPALITY, post(bad).param("scores[1]", "9"))
                .andExpect(status().isForbidden());
        as(DemoUsers.COORDINATOR_OTHER, post(bad).param("scores[1]", "9")).andExpect(status().isForbidden());
        as(DemoUsers.LEADER, post("/pitches/" + pitch + "/edit").param("title", ""))
                .andExpect(status().isNotFound());
        as(
                        DemoUsers.MUNICIPALITY_ADMIN_OTHER,
                        post("/pitches/" + pitch + "/edit").param("title", ""))
                .andExpect(status().isForbidden());
        as(
                        DemoUsers.LEADER_OTHER_MUNICIPALITY,
                        post("/innovation/" + innlandet + "/pitches").param("title", ""))
                .andExpect(status().isForbidden());
        as(DemoUsers.COORDINATOR, post("/innovation/" + innlandet + "/pitches").param("title", ""))
                .andExpect(status().isNotFound());
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/innovation/" + innlandet + "/pitches")
                                .param("title", "")
                                .param("minutesPerCase", "0"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theDemoPitchIsPublishedWithATieAndCommentsOnlyForTheCoordinatorsAndTheCasesOwnTeam() throws Exception {
        long pitch = jdbc.queryForObject("select id from pitch where title = ?", Long.class, DEMO_PITCH);
        String live = body(as(DemoUsers.COORDINATOR_OTHER, get("/pitches/" + pitch + "/results"))
                .andExpect(status().isOk()));
        assertThat(live)
                .contains("1. plass")
                .contains("Delt 2. plass")
                .contains("4. plass")
                .contains("Felles vikarpool i oppvekst deler 2. plass med samme total.")
                .contains("Digital innsjekk på legevakten deler 2. plass med samme total.")
                .contains("Tydelig gevinst og godt forankret.");
        String polled = body(as(
                        DemoUsers.COORDINATOR_OTHER,
                        get("/pitches/" + pitch + "/results").header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(polled)
                .contains("id=\"live-results\"")
                .contains("Delt 2. plass")
                .doesNotContain("<html");
        long ola = person(DemoAccounts.LEADER_STANGE);
        assertThat(jdbc.queryForObject(
                        "select count(*) from innovation_case_member where case_id = ? and person_id = ?",
                        Long.class,
                        caseId("Digital innsjekk på legevakten"),
                        ola))
                .isEqualTo(1);
        assertThat(body(as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/pitches/" + pitch))
                        .andExpect(status().isOk())))
                .contains("Delt 2. plass")
                .contains("Vis tallene fra piloten.")
                .doesNotContain("Tydelig gevinst og godt forankret.");
        assertThat(body(as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get("/pitches/" + pitch))
                        .andExpect(status().isOk())))
                .contains("Delt 2. plass")
                .doesNotContain("Vis tallene fra piloten.");
        as(DemoUsers.LEADER, get("/pitches/" + pitch)).andExpect(status().isNotFound());
        as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/pitches/" + pitch + "/results"))
                .andExpect(status().isForbidden());
        assertThat(body(as(DemoUsers.COORDINATOR, get("/pitches")).andExpect(status().isOk())))
                .contains(DEMO_PITCH);
        assertThat(body(as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/innovation/" + innlandet + "/pitches"))
                        .andExpect(status().isOk())))
                .contains(DEMO_PITCH);
    }

    @Test
    void criteriaChangeUntilScoringStartsAndThenNoMore() throws Exception {
        long pitch = pitchWith(List.of(ringsakerCase), DemoAccounts.COORDINATOR_FJORD);
        List<Criterion> criteria = pitches.criteria(pitch);
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/pitches/" + pitch + "/criteria/"
                                        + criteria.get(0).id())
                                .param("name", "Nytte for innbyggerne"))
                .andExpect(flash().attribute("flash", "pitch.criterion.renamed"));
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/pitches/" + pitch + "/criteria/"
                                        + criteria.get(3).id() + "/move")
                                .param("direction", "up"))
                .andExpect(status().is3xxRedirection());
        as(DemoUsers.COORDINATOR_OTHER, post("/pitches/" + pitch + "/criteria").param("name", "Læring"))
                .andExpect(flash().attribute("flash", "pitch.criterion.added"));
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/pitches/" + pitch + "/criteria/"
                                + criteria.get(1).id() + "/delete"))
                .andExpect(flash().attribute("flash", "pitch.criterion.removed"));
        assertThat(pitches.criteria(pitch))
                .extracting(Criterion::name)
                .containsExactly("Nytte for innbyggerne", "Potensial for spredning", "Gevinstpotensial", "Læring");
        assertThat(body(as(
                                DemoUsers.COORDINATOR_OTHER,
                                post("/pitches/" + pitch + "/criteria").param("name", " "))
                        .andExpect(status().isUnprocessableContent())))
                .contains("id=\"name-error\"");
        score(DemoUsers.COORDINATOR, pitch, ringsakerCase, pitches.criteria(pitch), 3, 3, 3, 3)
                .andExpect(status().is3xxRedirection());
        as(DemoUsers.COORDINATOR_OTHER, post("/pitches/" + pitch + "/criteria").param("name", "For sent"))
                .andExpect(status().isUnprocessableContent());
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/pitches/" + pitch + "/criteria/"
                                + criteria.get(0).id() + "/delete"))
                .andExpect(flash().attribute("flashError", "pitch.criteria.locked"));
        assertThat(pitches.criteria(pitch)).hasSize(4);
    }

    @Test
    void theOrderMovesAndStartTimesFollowTheMinutes() throws Exception {
        long pitch = pitchWith(List.of(stangeCase, ringsakerCase), DemoAccounts.COORDINATOR_FJORD);
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/pitches/" + pitch + "/cases/" + ringsakerCase + "/move")
                                .param("direction", "up"))
                .andExpect(status().is3xxRedirection());
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/pitches/" + pitch + "/cases/" + ringsakerCase + "/minutes")
                                .param("minutes", "500"))
                .andExpect(status().isUnprocessableContent());
        as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/pitches/" + pitch + "/cases/" + ringsakerCase + "/minutes")
                                .param("minutes", "25"))
                .andExpect(status().is3xxRedirection());
        PitchPage page =
                pitches.page(accounts.loadUser(DemoAccounts.COORDINATOR_NETWORK).orElseThrow(), pitch);
        assertThat(page.slots()).extracting(PitchSlot::caseId).containsExactly(ringsakerCase, stangeCase);
        assertThat(page.slots()).extracting(PitchSlot::minutes).containsExactly(25, 10);
        assertThat(page.gatheringStartsAt()).isNotNull();
        assertThat(page.slots().get(0).startsAt()).isEqualTo(page.gatheringStartsAt());
        assertThat(page.slots().get(1).startsAt())
                .isEqualTo(page.gatheringStartsAt().plusMinutes(25));
    }

    @Test
    void thePitchPagesRunTheSameNumberOfQueriesWithMoreCasesPanelMembersAndScores() throws Exception {
        long small = pitchWith(List.of(ringsakerCase), DemoAccounts.COORDINATOR_FJORD);
        score(DemoUsers.COORDINATOR, small, ringsakerCase, pitches.criteria(small), 3, 3, 3, 3);
        List<Long> all = jdbc.queryForList(
                "select id from innovation_case where programme_id = ? order by id", Long.class, innlandet);
        long large = pitchWith(
                all,
                DemoAccounts.COORDINATOR_FJORD,
                DemoAccounts.MUNICIPALITY_ADMIN_DRAMMEN,
                DemoAccounts.MUNICIPALITY_ADMIN_STANGE);
        for (long caseId : all) {
            score(DemoUsers.COORDINATOR, large, caseId, pitches.criteria(large), 4, 3, 2, 5);
            score(DemoUsers.MUNICIPALITY_ADMIN, large, caseId, pitches.criteria(large), 2, 3, 4, 5);
        }
        for (String path : List.of("", "/results")) {
            long few = queries.countDuring(() -> as(DemoUsers.COORDINATOR_OTHER, get("/pitches/" + small + path))
                    .andExpect(status().isOk()));
            long many = queries.countDuring(() -> as(DemoUsers.COORDINATOR_OTHER, get("/pitches/" + large + path))
                    .andExpect(status().isOk()));
            assertThat(many).as(path).isEqualTo(few).isLessThan(30);
        }
        long panelFew = queries.countDuring(
                () -> as(DemoUsers.COORDINATOR, get("/pitches/" + small)).andExpect(status().isOk()));
        long panelMany = queries.countDuring(
                () -> as(DemoUsers.COORDINATOR, get("/pitches/" + large)).andExpect(status().isOk()));
        assertThat(panelMany).isEqualTo(panelFew);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private long createThroughTheForm(String title) throws Exception {
        long gathering = jdbc.queryForObject(
                "select id from gathering where programme_id = ? order by number desc limit 1", Long.class, innlandet);
        String location = as(
                        DemoUsers.COORDINATOR_OTHER,
                        post("/innovation/" + innlandet + "/pitches")
                                .param("title", title)
                                .param("gatheringId", "" + gathering)
                                .param("minutesPerCase", "10"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long pitchWith(List<Long> caseIds, String... panel) {
        long gathering = jdbc.queryForObject(
                "select id from gathering where programme_id = ? order by number limit 1", Long.class, innlandet);
        long id = pitches.create(innlandet, new PitchData("Testpitch", gathering, 10), Locale.forLanguageTag("nb"));
        Pitch pitch = jdbc.queryForObject(
                "select id from pitch where id = ?",
                (rs, row) -> new Pitch(rs.getLong(1), innlandet, gathering, "Testpitch", 10, false, 0),
                id);
        caseIds.forEach(caseId -> pitches.addCase(pitch, caseId));
        for (String email : panel) {
            pitches.addPanelMember(id, null, email);
        }
        return id;
    }

    private ResultActions score(DemoUsers user, long pitch, long caseId, List<Criterion> criteria, int... values)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/pitches/" + pitch + "/cases/" + caseId + "/score");
        for (int index = 0; index < criteria.size(); index++) {
            request.param("scores[" + criteria.get(index).id() + "]", "" + values[index]);
        }
        return as(user, request);
    }

    private long scores(long pitch, long caseId) {
        return jdbc.queryForObject(
                "select count(*) from pitch_score where pitch_id = ? and case_id = ?", Long.class, pitch, caseId);
    }

    private long caseId(String title) {
        return jdbc.queryForObject(
                "select id from innovation_case where programme_id = ? and title = ?", Long.class, innlandet, title);
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
