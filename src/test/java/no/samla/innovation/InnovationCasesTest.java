package no.samla.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Innovation cases as coordinators, team members, other participants, municipality admins and outsiders use them:
 * creating with each kind of owner, bad input, status and health reasons, ticking steps, phase changes and skips on
 * the timeline, the board and its filter, stale edits, "not found" for outsiders on every route, and bounded queries.
 * Everything a test makes is rolled back.
 */
@SamlaTest
class InnovationCasesTest {

    static final String KARI_CASE = "Kortere ventetid på barnehageplass";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    InnovationCases cases;

    @Autowired
    QueryCounter queries;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    long school;
    long innlandet;
    long drammen;
    long stange;
    long ringsaker;
    long kari;
    long kariCase;

    @BeforeEach
    void demo() {
        school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
        innlandet = programme(DemoProgrammes.INNLANDET_INNOVATION);
        drammen = municipality("3301");
        stange = municipality("3413");
        ringsaker = municipality("3411");
        kari = db().queryForObject("select id from person where email = ?", Long.class, DemoAccounts.LEADER_DRAMMEN);
        kariCase = caseId(KARI_CASE);
    }

    @Test
    void theCoordinatorCreatesCasesOwnedByAMunicipalityALeaderAndALeaderGroupEachStartingInTheFirstPhase() {
        inRollback(() -> {
            long byMunicipality = created(post("/innovation/" + school + "/new")
                    .params(caseParams("Bedre bemanningsplan"))
                    .param("version", "0")
                    .param("ownerKind", "MUNICIPALITY")
                    .param("municipalityId", String.valueOf(drammen))
                    .param("teamPersonIds", String.valueOf(kari)));
            assertThat(db().queryForObject(
                                    "select owner_municipality_id from innovation_case where id = ?",
                                    Long.class,
                                    byMunicipality))
                    .isEqualTo(drammen);
            long byLeader = created(post("/innovation/" + school + "/new")
                    .params(caseParams("Kari sitt eget case"))
                    .param("version", "0")
                    .param("ownerKind", "LEADER")
                    .param("leaderPersonId", String.valueOf(kari)));
            assertThat(db().queryForMap(
                                    "select owner_person_id, municipality_id from innovation_case where id = ?",
                                    byLeader))
                    .containsEntry("owner_person_id", kari)
                    .containsEntry("municipality_id", drammen);
            long group = db().queryForObject("""
                    select g.id from leader_group g join programme_municipality pm on pm.id = g.programme_municipality_id
                    where pm.programme_id = ? and pm.municipality_id = ?
                    """, Long.class, innlandet, stange);
            long byGroup = created(
                    DemoUsers.ADMIN,
                    post("/innovation/" + innlandet + "/new")
                            .params(caseParams("Felles innbyggerdialog"))
                            .param("version", "0")
                            .param("ownerKind", "LEADER_GROUP")
                            .param("leaderGroupId", String.valueOf(group)));
            assertThat(db().queryForMap(
                                    "select owner_leader_group_id, municipality_id from innovation_case where id = ?",
                                    byGroup))
                    .containsEntry("owner_leader_group_id", group)
                    .containsEntry("municipality_id", stange);

            String page = body(DemoUsers.COORDINATOR, get("/innovation-cases/" + byMunicipality), 200);
            assertThat(page)
                    .contains("Bedre bemanningsplan")
                    .contains("Drammen")
                    .contains("Kari Nordmann")
                    .contains("Startet i Forankring")
                    .contains("1. Forankring");
        });
    }

    @Test
    void theCoordinatorDeletesACaseWithItsChecklistAndTimeline() {
        inRollback(() -> {
            MockHttpServletResponse deleted =
                    perform(DemoUsers.COORDINATOR, post("/innovation-cases/" + kariCase + "/delete"));
            assertThat(deleted.getStatus()).isEqualTo(302);
            assertThat(deleted.getRedirectedUrl()).isEqualTo("/innovation/" + school);
            assertThat(db().queryForObject(
                                    "select count(*) from innovation_phase_change where case_id = ?",
                                    Long.class,
                                    kariCase))
                    .isZero();
            assertThat(perform(DemoUsers.LEADER, get("/innovation-cases/" + kariCase))
                            .getStatus())
                    .isEqualTo(404);
        });
    }

    @Test
    void badInputShowsAMessageNextToEachFieldAndKeepsWhatWasTyped() {
        inRollback(() -> {
            long before = count();
            MockHttpServletResponse response = perform(
                    DemoUsers.COORDINATOR,
                    post("/innovation/" + school + "/new")
                            .param("title", "Min tittel som skal bli igjen")
                            .param("ownerKind", "LEADER")
                            .param("need", "")
                            .param("targetGroup", "Foreldre")
                            .param("goals", "Kortere ventetid")
                            .param("status", "STOPPED")
                            .param("statusReason", "")
                            .param("health", "RED")
                            .param("healthReason", " ")
                            .param("version", "0"));
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(text(response))
                    .contains("Min tittel som skal bli igjen")
                    .contains("Foreldre")
                    .contains("Skriv hvorfor caset er stoppet.")
                    .contains("Skriv hvorfor helsen er gul eller rød.")
                    .contains("Velg eieren av caset.")
                    .contains("id=\"need-error\"");
            assertThat(count()).isEqualTo(before);

            MockHttpServletResponse outsider = perform(DemoUsers.LEADER, post("/innovation/" + school + "/new"));
            assertThat(outsider.getStatus()).as("a leader may not create cases").isEqualTo(403);
        });
    }

    @Test
    void aTeamMemberMayStopTheCaseOnlyWithAReason() {
        inRollback(() -> {
            long version = version(kariCase);
            MockHttpServletResponse refused = perform(
                    DemoUsers.LEADER,
                    post("/innovation-cases/" + kariCase + "/edit")
                            .params(caseParams(KARI_CASE, "STOPPED"))
                            .param("version", String.valueOf(version)));
            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(text(refused)).contains("Skriv hvorfor caset er stoppet.");

            MockHttpServletResponse stopped = perform(
                    DemoUsers.LEADER,
                    post("/innovation-cases/" + kariCase + "/edit")
                            .params(caseParams(KARI_CASE, "STOPPED"))
                            .param("statusReason", "Kommunen har innført løpende opptak.")
                            .param("version", String.valueOf(version)));
            assertThat(stopped.getStatus()).isEqualTo(302);
            assertThat(db().queryForMap("select status, status_reason from innovation_case where id = ?", kariCase))
                    .containsEntry("status", "STOPPED")
                    .containsEntry("status_reason", "Kommunen har innført løpende opptak.");
            assertThat(db().queryForObject(
                                    "select count(*) from innovation_case_member where case_id = ?",
                                    Long.class,
                                    kariCase))
                    .as("a team member's save leaves the team as it was")
                    .isEqualTo(3L);
        });
    }

    @Test
    void theTeamTicksAStepWithANoteAndEvidenceThatThePageShows() {
        inRollback(() -> {
            long step = firstStepOf("SERVICE_DEVELOPMENT");
            assertThat(body(DemoUsers.LEADER, get("/innovation-cases/" + kariCase + "/steps/" + step), 200))
                    .contains("Lag mange ideer sammen med brukerne");
            MockHttpServletResponse saved = perform(
                    DemoUsers.LEADER,
                    post("/innovation-cases/" + kariCase + "/steps/" + step)
                            .param("done", "true")
                            .param("note", "Idéverksted med tolv foreldre.")
                            .param("evidence", "https://drammen.example/referat")
                            .param("version", "-1"));
            assertThat(saved.getStatus()).isEqualTo(302);
            assertThat(body(DemoUsers.COORDINATOR, get("/innovation-cases/" + kariCase), 200))
                    .contains("Idéverksted med tolv foreldre.")
                    .contains("href=\"https://drammen.example/referat\"")
                    .contains("Sist registrert av Kari Nordmann");
            assertThat(db().queryForObject(
                                    "select done from innovation_case_step where case_id = ? and step_id = ?",
                                    Boolean.class,
                                    kariCase,
                                    step))
                    .isTrue();
        });
    }

    @Test
    void aStepSavedFromAFormOpenedBeforeSomeoneElseSavedItIsRefusedWithTheInputKept() {
        inRollback(() -> {
            long step = firstStepOf("PILOT");
            String url = "/innovation-cases/" + kariCase + "/steps/" + step;
            // Two team members open the step while nobody has worked on it; the coordinator saves first.
            assertThat(perform(
                                    DemoUsers.COORDINATOR,
                                    post(url)
                                            .param("done", "true")
                                            .param("note", "Pilot avtalt med to barnehager.")
                                            .param("version", "-1"))
                            .getStatus())
                    .isEqualTo(302);
            MockHttpServletResponse late = perform(
                    DemoUsers.LEADER,
                    post(url)
                            .param("done", "false")
                            .param("note", "Kari sitt utkast")
                            .param("version", "-1"));
            assertThat(late.getStatus()).isEqualTo(409);
            assertThat(text(late)).contains("Kari sitt utkast").contains("name=\"version\" value=\"0\"");
            // Saved again from the refused form, which now carries the stored version, the edit goes through.
            assertThat(perform(
                                    DemoUsers.LEADER,
                                    post(url)
                                            .param("done", "true")
                                            .param("note", "Kari sitt utkast")
                                            .param("version", "0"))
                            .getStatus())
                    .isEqualTo(302);
            assertThat(db().queryForObject(
                                    "select note || ' v' || version from innovation_case_step where case_id = ? and step_id = ?",
                                    String.class,
                                    kariCase,
                                    step))
                    .isEqualTo("Kari sitt utkast v1");
        });
    }

    @Test
    void aPhaseChangeThatSkipsAPhaseIsRecordedAndShownOnTheTimeline() {
        inRollback(() -> {
            assertThat(body(
                            DemoUsers.LEADER,
                            get("/innovation-cases/" + caseId("Digital timebestilling på helsestasjonen")),
                            200))
                    .contains("hoppet over Innsikt");
            long pilot = db().queryForObject("select id from innovation_phase where code = 'PILOT'", Long.class);
            String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
            MockHttpServletResponse same = perform(
                    DemoUsers.LEADER,
                    post("/innovation-cases/" + kariCase + "/phase")
                            .param("phaseId", String.valueOf(phaseOf(kariCase)))
                            .param("decidedOn", today)
                            .param("decidedBy", "Teamet")
                            .param("version", String.valueOf(version(kariCase))));
            assertThat(same.getStatus()).isEqualTo(422);
            assertThat(text(same)).contains("Caset er allerede i denne fasen.");

            MockHttpServletResponse moved = perform(
                    DemoUsers.LEADER,
                    post("/innovation-cases/" + kariCase + "/phase")
                            .param("phaseId", String.valueOf(pilot))
                            .param("decidedOn", today)
                            .param("decidedBy", "Ledergruppen i oppvekst")
                            .param("comment", "Løsningen er kjent fra Lier.")
                            .param("version", String.valueOf(version(kariCase))));
            assertThat(moved.getStatus()).isEqualTo(302);
            assertThat(phaseOf(kariCase)).isEqualTo(pilot);
            assertThat(body(DemoUsers.MUNICIPALITY_ADMIN, get("/innovation-cases/" + kariCase), 200))
                    .contains("Fra Innsikt til Pilotering")
                    .contains("hoppet over Tjenesteutvikling")
                    .contains("Besluttet av Ledergruppen i oppvekst")
                    .contains("Løsningen er kjent fra Lier.");
        });
    }

    @Test
    void theBoardShowsCasesByPhaseWithHealthInWordsAndFiltersByMunicipality() {
        String all = body(DemoUsers.ADMIN, get("/innovation/" + innlandet), 200);
        assertThat(all)
                .contains("Digital innsjekk på legevakten")
                .contains("Felles vikarpool i oppvekst")
                .contains("Helse: rød")
                .contains("Helse: gul")
                .contains("Helse: grønn")
                .contains("3. Tjenesteutvikling");
        String filtered = body(DemoUsers.ADMIN, get("/innovation/" + innlandet + "?municipality=" + stange), 200);
        assertThat(filtered).contains("Digital innsjekk på legevakten").doesNotContain("Felles vikarpool i oppvekst");

        String scoped = body(
                DemoUsers.MUNICIPALITY_ADMIN_OTHER,
                get("/innovation/" + innlandet + "?municipality=" + ringsaker),
                200);
        assertThat(scoped)
                .as("a municipality admin sees only their own municipality's cases")
                .contains("Digital innsjekk på legevakten")
                .doesNotContain("Felles vikarpool i oppvekst");
        assertThat(perform(
                                DemoUsers.MUNICIPALITY_ADMIN_OTHER,
                                get("/innovation-cases/" + caseId("Felles vikarpool i oppvekst")))
                        .getStatus())
                .isEqualTo(404);

        assertThat(body(DemoUsers.LEADER, get("/innovation"), 200))
                .contains(KARI_CASE)
                .contains("/innovation/" + school);
    }

    @Test
    void aFullColumnShowsItsFirstCasesAndLinksToThePhaseAloneOnPagesWhichTheNynorskBoardNamesFromTheTable() {
        inRollback(() -> {
            SamlaUser jonas =
                    accounts.loadUser(DemoAccounts.COORDINATOR_NETWORK).orElseThrow();
            long anchoring =
                    db().queryForObject("select id from innovation_phase where code = 'ANCHORING'", Long.class);
            for (int i = 0; i < InnovationCases.COLUMN_SIZE + 5; i++) {
                cases.create(
                        jonas,
                        innlandet,
                        new CaseData(
                                String.format("Idé %02d", i),
                                "Behov",
                                "Brukere",
                                "Mål",
                                CaseStatus.ACTIVE,
                                null,
                                CaseHealth.GREEN,
                                null),
                        new CaseOwner(OwnerKind.MUNICIPALITY, ringsaker),
                        Set.of());
            }
            entityManager.flush();
            String board = body(DemoUsers.COORDINATOR_OTHER, get("/innovation/" + innlandet), 200);
            assertThat(board)
                    .contains("1. Forankring (" + (InnovationCases.COLUMN_SIZE + 6) + ")")
                    .contains("Vis alle " + (InnovationCases.COLUMN_SIZE + 6) + " i Forankring")
                    .contains("Idé 00")
                    .doesNotContain("Idé 29");
            String second = body(
                    DemoUsers.COORDINATOR_OTHER,
                    get("/innovation/" + innlandet + "?phase=" + anchoring + "&page=1"),
                    200);
            assertThat(second)
                    .contains("Idé 29")
                    .doesNotContain("Idé 00")
                    .doesNotContain("Digital innsjekk på legevakten")
                    .contains("Tilbake til alle faser");
            assertThat(body(DemoUsers.COORDINATOR_OTHER, get("/innovation/" + innlandet + "?lang=nn"), 200))
                    .contains("Tenesteutvikling");
        });
    }

    @Test
    void aStaleEditIsRefusedWithTheInputKept() {
        inRollback(() -> {
            long opened = version(kariCase);
            MockHttpServletResponse first = perform(
                    DemoUsers.COORDINATOR,
                    post("/innovation-cases/" + kariCase + "/edit")
                            .params(caseParams(KARI_CASE))
                            .param("ownerKind", "MUNICIPALITY")
                            .param("municipalityId", String.valueOf(drammen))
                            .param("teamPersonIds", String.valueOf(kari))
                            .param("version", String.valueOf(opened)));
            assertThat(first.getStatus()).isEqualTo(302);
            MockHttpServletResponse second = perform(
                    DemoUsers.LEADER,
                    post("/innovation-cases/" + kariCase + "/edit")
                            .params(caseParams("Min tittel etter en annens lagring"))
                            .param("version", String.valueOf(opened)));
            assertThat(second.getStatus()).isEqualTo(409);
            assertThat(text(second)).contains("Min tittel etter en annens lagring");
            assertThat(db().queryForObject("select title from innovation_case where id = ?", String.class, kariCase))
                    .isEqualTo(KARI_CASE);
        });
    }

    @Test
    void aPhaseChangeOnAFormOpenedBeforeSomeoneElsesSaveIsRefused() {
        inRollback(() -> {
            long opened = version(kariCase);
            long phaseBefore = phaseOf(kariCase);
            long pilot = db().queryForObject("select id from innovation_phase where code = 'PILOT'", Long.class);
            MockHttpServletResponse edited = perform(
                    DemoUsers.LEADER,
                    post("/innovation-cases/" + kariCase + "/edit")
                            .params(caseParams(KARI_CASE))
                            .param("version", String.valueOf(opened)));
            assertThat(edited.getStatus()).isEqualTo(302);
            MockHttpServletResponse stale = perform(
                    DemoUsers.COORDINATOR,
                    post("/innovation-cases/" + kariCase + "/phase")
                            .param("phaseId", String.valueOf(pilot))
                            .param(
                                    "decidedOn",
                                    LocalDate.now(ZoneId.of("Europe/Oslo")).toString())
                            .param("decidedBy", "Styringsgruppen")
                            .param("version", String.valueOf(opened)));
            assertThat(stale.getStatus()).isEqualTo(409);
            assertThat(text(stale)).contains("Styringsgruppen");
            assertThat(phaseOf(kariCase)).isEqualTo(phaseBefore);
        });
    }

    @Test
    void everyCaseRouteIsNotFoundForOutsidersAndChangesAreForbiddenToReaders() {
        long step = db().queryForObject("select min(id) from innovation_step", Long.class);
        long other = caseId("Lavterskel trening for seniorer");
        String base = "/innovation-cases/" + kariCase;
        List<MockHttpServletRequestBuilder> routes = List.of(
                get(base),
                get(base + "/edit"),
                post(base + "/edit"),
                post(base + "/delete"),
                get(base + "/steps/" + step),
                post(base + "/steps/" + step),
                get(base + "/phase"),
                post(base + "/phase"),
                post(base + "/links"),
                post(base + "/links/" + other + "/delete"),
                get("/innovation/" + school),
                get("/innovation/" + school + "/new"),
                post("/innovation/" + school + "/new"));
        inRollback(() -> {
            for (DemoUsers outsider : List.of(
                    DemoUsers.LEADER_OTHER_MUNICIPALITY,
                    DemoUsers.COORDINATOR_OTHER,
                    DemoUsers.MUNICIPALITY_ADMIN_OTHER)) {
                for (MockHttpServletRequestBuilder route : routes) {
                    assertThat(perform(outsider, route).getStatus())
                            .as(outsider + " "
                                    + route.buildRequest(new org.springframework.mock.web.MockServletContext())
                                            .getRequestURI())
                            .isEqualTo(404);
                }
            }
            assertThat(perform(DemoUsers.MUNICIPALITY_ADMIN, post(base + "/edit"))
                            .getStatus())
                    .isEqualTo(403);
            assertThat(perform(
                                    DemoUsers.MUNICIPALITY_ADMIN,
                                    get("/innovation-cases/" + caseId("Digital innsjekk på legevakten")))
                            .getStatus())
                    .as("Drammen's admin does not see another programme's case")
                    .isEqualTo(404);
            assertThat(perform(DemoUsers.LEADER, get("/innovation-cases/" + other + "/edit"))
                            .getStatus())
                    .as("a participant off the team reads but does not edit")
                    .isEqualTo(403);
            assertThat(perform(DemoUsers.LEADER, get("/innovation-cases/" + other))
                            .getStatus())
                    .isEqualTo(200);
        });
    }

    @Test
    void theBoardAndTheCasePageRunTheSameNumberOfQueriesWithMoreData() {
        inRollback(() -> {
            SamlaUser coordinator =
                    accounts.loadUser(DemoAccounts.COORDINATOR_FJORD).orElseThrow();
            cases.link(coordinator, kariCase, caseId("Felles mottak av nyansatte"));
            long boardBefore = counted(DemoUsers.COORDINATOR, "/innovation/" + school);
            long pageBefore = counted(DemoUsers.LEADER, "/innovation-cases/" + kariCase);
            SamlaUser marte = accounts.loadUser(DemoAccounts.COORDINATOR_FJORD).orElseThrow();
            SamlaUser leader = accounts.loadUser(DemoAccounts.LEADER_DRAMMEN).orElseThrow();
            List<Long> participants = db().queryForList(
                            "select person_id from participation where programme_id = ? and left_on is null limit 6",
                            Long.class,
                            school);
            long phase = db().queryForObject("select id from innovation_phase where code = 'PILOT'", Long.class);
            for (int i = 0; i < 5; i++) {
                InnovationCase extra = cases.create(
                        marte,
                        school,
                        new CaseData(
                                "Ekstra case " + i,
                                "Behov",
                                "Brukere",
                                "Mål",
                                CaseStatus.ACTIVE,
                                null,
                                CaseHealth.RED,
                                "Grunn"),
                        new CaseOwner(OwnerKind.LEADER, participants.get(i)),
                        Set.of(participants.get(i), participants.get(i + 1)));
                cases.link(marte, kariCase, extra.getId());
            }
            List<Long> steps = db().queryForList("select id from innovation_step order by id", Long.class);
            for (long step : steps) {
                long version = db().queryForObject(
                                "select coalesce(max(version), -1) from innovation_case_step where case_id = ? and step_id = ?",
                                Long.class,
                                kariCase,
                                step);
                cases.recordStep(leader, kariCase, step, version, true, "Notat", "Bevis");
            }
            cases.changePhase(
                    leader,
                    kariCase,
                    cases.visible(leader, kariCase).getVersion(),
                    phase,
                    LocalDate.now(ZoneId.of("Europe/Oslo")),
                    "Teamet",
                    "Videre");
            assertThat(counted(DemoUsers.COORDINATOR, "/innovation/" + school)).isEqualTo(boardBefore);
            assertThat(counted(DemoUsers.LEADER, "/innovation-cases/" + kariCase))
                    .isEqualTo(pageBefore);
        });
    }

    /** Statements of one page view, with the test's own changes written and forgotten first so they do not count. */
    private long counted(DemoUsers who, String url) {
        entityManager.flush();
        entityManager.clear();
        try {
            return queries.countDuring(() -> body(who, get(url), 200));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.springframework.util.MultiValueMap<String, String> caseParams(String title) {
        return caseParams(title, "ACTIVE");
    }

    private static org.springframework.util.MultiValueMap<String, String> caseParams(String title, String status) {
        org.springframework.util.LinkedMultiValueMap<String, String> params =
                new org.springframework.util.LinkedMultiValueMap<>();
        params.add("title", title);
        params.add("need", "Foreldre venter lenge.");
        params.add("targetGroup", "Foreldre");
        params.add("goals", "Svar innen tre uker.");
        params.add("status", status);
        params.add("health", "GREEN");
        return params;
    }

    private long created(MockHttpServletRequestBuilder request) {
        return created(DemoUsers.COORDINATOR, request);
    }

    private long created(DemoUsers who, MockHttpServletRequestBuilder request) {
        MockHttpServletResponse response = perform(who, request);
        assertThat(response.getStatus()).as(text(response)).isEqualTo(302);
        String url = response.getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private MockHttpServletResponse perform(DemoUsers who, MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request.with(who.as(accounts)).with(csrf()))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String body(DemoUsers who, MockHttpServletRequestBuilder request, int status) {
        MockHttpServletResponse response = perform(who, request);
        assertThat(response.getStatus()).as(response.getRedirectedUrl()).isEqualTo(status);
        return text(response);
    }

    private static String text(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long programme(String name) {
        return db().queryForObject("select id from programme where name = ?", Long.class, name);
    }

    private long municipality(String number) {
        return db().queryForObject("select id from municipality where number = ?", Long.class, number);
    }

    private long caseId(String title) {
        return db().queryForObject("select id from innovation_case where title = ?", Long.class, title);
    }

    private long version(long caseId) {
        return db().queryForObject("select version from innovation_case where id = ?", Long.class, caseId);
    }

    private long phaseOf(long caseId) {
        return db().queryForObject("select phase_id from innovation_case where id = ?", Long.class, caseId);
    }

    private long count() {
        return db().queryForObject("select count(*) from innovation_case", Long.class);
    }

    /** SQL on the database as the test's transaction sees it, with the requests' changes written first. */
    private JdbcTemplate db() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush();
        }
        return jdbc;
    }

    private void inRollback(Runnable work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    private long firstStepOf(String phaseCode) {
        return db().queryForObject(
                        "select s.id from innovation_step s join innovation_phase p on p.id = s.phase_id"
                                + " where p.code = ? order by s.sort_order limit 1",
                        Long.class,
                        phaseCode);
    }
}
