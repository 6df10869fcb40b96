package no.samla.innovation.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The method tools of innovation cases as team members, coordinators, readers and outsiders use them: a leader group
 * working a case from Forankring to Pilotering with a user journey and five whys, access per role, bad input, two team
 * members editing one journey, the dot budget, the shortlist and ties, and bounded queries. Everything a test makes is
 * rolled back.
 */
@SamlaTest
class MethodToolsTest {

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
    QueryCounter queries;

    @PersistenceContext
    EntityManager entityManager;

    long school;
    long kari;
    long kariCase;
    RequestPostProcessor teammate;

    @BeforeEach
    void demo() {
        school = db().queryForObject(
                        "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        kari = db().queryForObject("select id from person where email = ?", Long.class, DemoAccounts.LEADER_DRAMMEN);
        kariCase = caseId(KARI_CASE);
        long other = db().queryForObject(
                        "select min(person_id) from innovation_case_member where case_id = ? and person_id <> ?",
                        Long.class,
                        kariCase,
                        kari);
        SamlaUser user =
                accounts.reload(accounts.findForPerson(other).orElseThrow().getId());
        teammate = SecurityMockMvcRequestPostProcessors.user(user);
    }

    @Test
    void aJourneyWithStepsChangesInARequestOfItsOwn() throws Exception {
        // Outside a test transaction the steps load from the database within the request, as they do for a user.
        // Described with its own texts, the demo journey keeps them.
        var journey = jdbc.queryForMap(
                "select j.id, j.case_id, j.title, j.persona, j.version from innovation_journey j"
                        + " where j.case_id = ? and exists (select 1 from innovation_journey_step s where s.journey_id = j.id)"
                        + " order by j.id limit 1",
                kariCase);
        MockHttpServletResponse described = mvc.perform(
                        post("/innovation-cases/" + journey.get("case_id") + "/journeys/" + journey.get("id") + "/edit")
                                .param("title", (String) journey.get("title"))
                                .param("persona", (String) journey.get("persona"))
                                .param("version", String.valueOf(journey.get("version")))
                                .with(csrf())
                                .with(DemoUsers.LEADER.as(accounts)))
                .andReturn()
                .getResponse();
        assertThat(described.getStatus()).isEqualTo(302);
        assertThat(journeyVersion((Long) journey.get("id"))).isGreaterThan((Long) journey.get("version"));
    }

    @Test
    void aLeaderGroupTakesACaseFromForankringToPiloteringWithAUserJourneyAndFiveWhys() {
        inRollback(() -> {
            MockHttpServletResponse created = perform(
                    DemoUsers.COORDINATOR.as(accounts),
                    post("/innovation/" + school + "/new")
                            .param("title", "Raskere svar på byggesøknader")
                            .param("need", "Søkere venter lenge.")
                            .param("targetGroup", "Innbyggere som bygger")
                            .param("goals", "Svar innen fire uker.")
                            .param("status", "ACTIVE")
                            .param("health", "GREEN")
                            .param("ownerKind", "MUNICIPALITY")
                            .param(
                                    "municipalityId",
                                    db().queryForObject(
                                                    "select id from municipality where number = '3301'", String.class))
                            .param("teamPersonIds", String.valueOf(kari))
                            .param("version", "0"));
            assertThat(created.getStatus()).isEqualTo(302);
            String caseUrl = created.getRedirectedUrl();
            long caseId = Long.parseLong(caseUrl.substring(caseUrl.lastIndexOf('/') + 1));
            assertThat(body(DemoUsers.LEADER, get(caseUrl), 200))
                    .contains("Metodeverktøy")
                    .contains("Brukerreiser (0)")
                    .contains("5 x hvorfor (0)");

            MockHttpServletResponse journey = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(caseUrl + "/journeys/new")
                            .param("title", "Søke om å bygge garasje")
                            .param("persona", "Huseier som søker for første gang.")
                            .param("version", "0"));
            assertThat(journey.getStatus()).isEqualTo(302);
            String journeyUrl = journey.getRedirectedUrl();
            long journeyId = Long.parseLong(journeyUrl.substring(journeyUrl.lastIndexOf('/') + 1));
            addStep(DemoUsers.LEADER.as(accounts), journeyUrl, "Leser veiledningen", "3", "");
            addStep(DemoUsers.LEADER.as(accounts), journeyUrl, "Venter på svar", "1", "Vet ikke hvor lenge.");
            addStep(DemoUsers.LEADER.as(accounts), journeyUrl, "Sender søknaden", "4", "");
            long waiting = stepAt(journeyId, 1);
            MockHttpServletResponse moved = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(journeyUrl + "/steps/" + waiting + "/move")
                            .param("direction", "down")
                            .param("version", String.valueOf(journeyVersion(journeyId))));
            assertThat(moved.getStatus()).isEqualTo(302);
            assertThat(stepAt(journeyId, 2)).isEqualTo(waiting);

            MockHttpServletResponse why = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(caseUrl + "/whys/new")
                            .param("problem", "Byggesøknader blir liggende.")
                            .param("whys[0]", "Fordi mange søknader er mangelfulle.")
                            .param("whys[1]", "Fordi veiledningen er vanskelig.")
                            .param("rootCause", "Søkerne får ikke hjelp tidlig nok.")
                            .param("version", "0"));
            assertThat(why.getStatus()).isEqualTo(302);

            long insight = phase("INSIGHT");
            long pilot = phase("PILOT");
            for (long phase : List.of(insight, phase("SERVICE_DEVELOPMENT"), pilot)) {
                MockHttpServletResponse changed = perform(
                        DemoUsers.LEADER.as(accounts),
                        post(caseUrl + "/phase")
                                .param("phaseId", String.valueOf(phase))
                                .param(
                                        "decidedOn",
                                        LocalDate.now(ZoneId.of("Europe/Oslo")).toString())
                                .param("decidedBy", "Ledergruppen")
                                .param(
                                        "version",
                                        String.valueOf(db().queryForObject(
                                                        "select version from innovation_case where id = ?",
                                                        Long.class,
                                                        caseId))));
                assertThat(changed.getStatus()).isEqualTo(302);
            }
            assertThat(db().queryForObject("select phase_id from innovation_case where id = ?", Long.class, caseId))
                    .isEqualTo(pilot);

            assertThat(body(DemoUsers.MUNICIPALITY_ADMIN, get(caseUrl), 200))
                    .contains("Brukerreiser (1)")
                    .contains("5 x hvorfor (1)")
                    .contains(caseUrl + "/method-tools/print");
            String printed = body(DemoUsers.COORDINATOR, get(caseUrl + "/method-tools/print"), 200);
            assertThat(printed)
                    .containsPattern("/assets/css/method-print-[0-9a-f]{32}\\.css")
                    .contains("Søke om å bygge garasje")
                    .contains("1 av 5: svært dårlig")
                    .contains("Vet ikke hvor lenge.")
                    .contains("Fordi veiledningen er vanskelig.")
                    .contains("Søkerne får ikke hjelp tidlig nok.");
            assertThat(printed.indexOf("Sender søknaden")).isLessThan(printed.indexOf("Venter på svar"));
        });
    }

    @Test
    void outsidersFindNothingReadersOnlyReadAndOnlyTheTeamVotes() {
        String base = "/innovation-cases/" + kariCase;
        long journey =
                db().queryForObject("select min(id) from innovation_journey where case_id = ?", Long.class, kariCase);
        long step = db().queryForObject(
                        "select min(id) from innovation_journey_step where journey_id = ?", Long.class, journey);
        long why = db().queryForObject(
                        "select min(id) from innovation_why_analysis where case_id = ?", Long.class, kariCase);
        long idea = db().queryForObject("select min(id) from innovation_idea where case_id = ?", Long.class, kariCase);
        List<MockHttpServletRequestBuilder> reads = List.of(
                get(base + "/journeys"),
                get(base + "/journeys/" + journey),
                get(base + "/whys"),
                get(base + "/ideas"),
                get(base + "/method-tools/print"));
        List<MockHttpServletRequestBuilder> changes = List.of(
                get(base + "/journeys/new"),
                post(base + "/journeys/new").param("title", "").param("persona", ""),
                post(base + "/journeys/" + journey + "/edit").param("title", ""),
                post(base + "/journeys/" + journey + "/steps").param("action", ""),
                post(base + "/journeys/" + journey + "/steps/" + step + "/edit").param("feeling", "9"),
                post(base + "/journeys/" + journey + "/steps/" + step + "/move"),
                post(base + "/journeys/" + journey + "/steps/" + step + "/delete"),
                post(base + "/journeys/" + journey + "/delete"),
                post(base + "/whys/new").param("problem", ""),
                post(base + "/whys/" + why + "/edit").param("problem", ""),
                post(base + "/whys/" + why + "/delete"),
                post(base + "/ideas").param("title", ""),
                post(base + "/ideas/" + idea + "/shortlist"),
                post(base + "/ideas/" + idea + "/delete"));
        List<MockHttpServletRequestBuilder> votes =
                List.of(post(base + "/ideas/" + idea + "/dots"), post(base + "/ideas/" + idea + "/dots/delete"));
        // Outside a test transaction, as a browser's request runs: what a page shows must be loaded before it renders.
        for (MockHttpServletRequestBuilder route : reads) {
            assertThat(perform(DemoUsers.MUNICIPALITY_ADMIN.as(accounts), route).getStatus())
                    .as("Drammen's admin reads " + uri(route))
                    .isEqualTo(200);
        }
        inRollback(() -> {
            for (DemoUsers outsider : List.of(
                    DemoUsers.LEADER_OTHER_MUNICIPALITY,
                    DemoUsers.COORDINATOR_OTHER,
                    DemoUsers.MUNICIPALITY_ADMIN_OTHER)) {
                for (List<MockHttpServletRequestBuilder> group : List.of(reads, changes, votes)) {
                    for (MockHttpServletRequestBuilder route : group) {
                        assertThat(perform(outsider.as(accounts), route).getStatus())
                                .as(outsider + " " + uri(route))
                                .isEqualTo(404);
                    }
                }
            }
            for (MockHttpServletRequestBuilder route : changes) {
                assertThat(perform(DemoUsers.MUNICIPALITY_ADMIN.as(accounts), route)
                                .getStatus())
                        .as("Drammen's admin does not change " + uri(route))
                        .isEqualTo(403);
            }
            for (MockHttpServletRequestBuilder route : votes) {
                assertThat(perform(DemoUsers.COORDINATOR.as(accounts), route).getStatus())
                        .as("the coordinator is not on the team and does not vote " + uri(route))
                        .isEqualTo(403);
            }
            String otherBase = "/innovation-cases/" + caseId("Lavterskel trening for seniorer");
            assertThat(perform(DemoUsers.LEADER.as(accounts), get(otherBase + "/journeys"))
                            .getStatus())
                    .isEqualTo(200);
            assertThat(perform(
                                    DemoUsers.LEADER.as(accounts),
                                    post(otherBase + "/ideas").param("title", "Idé"))
                            .getStatus())
                    .as("a participant off the team reads but does not add ideas")
                    .isEqualTo(403);
            assertThat(body(DemoUsers.COORDINATOR, get(base + "/ideas"), 200))
                    .contains("Bare teamet til caset stemmer på ideene.")
                    .doesNotContain("Gi en prikk");
        });
    }

    @Test
    void badInputIsShownNextToTheFieldWithTheInputKept() {
        String base = "/innovation-cases/" + kariCase;
        long journey =
                db().queryForObject("select min(id) from innovation_journey where case_id = ?", Long.class, kariCase);
        inRollback(() -> {
            long journeysBefore = count("innovation_journey");
            MockHttpServletResponse noTitle = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(base + "/journeys/new")
                            .param("title", " ")
                            .param("persona", "Bestefar som henter barnebarnet")
                            .param("version", "0"));
            assertThat(noTitle.getStatus()).isEqualTo(422);
            assertThat(text(noTitle))
                    .contains("Bestefar som henter barnebarnet")
                    .contains("id=\"title-error\"");
            assertThat(count("innovation_journey")).isEqualTo(journeysBefore);

            long stepsBefore = count("innovation_journey_step");
            MockHttpServletResponse noFeeling = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(base + "/journeys/" + journey + "/steps")
                            .param("action", "Leter etter skjemaet")
                            .param("feeling", "8")
                            .param("version", String.valueOf(journeyVersion(journey))));
            assertThat(noFeeling.getStatus()).isEqualTo(422);
            assertThat(text(noFeeling))
                    .contains("Leter etter skjemaet")
                    .contains("Velg en verdi fra 1 til 5.")
                    .contains("id=\"feeling-error\"");
            assertThat(count("innovation_journey_step")).isEqualTo(stepsBefore);

            MockHttpServletResponse gap = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(base + "/whys/new")
                            .param("problem", "Foreldre ringer mange ganger")
                            .param("whys[0]", "Fordi de ikke får svar")
                            .param("whys[2]", "Fordi saksbehandlerne er få")
                            .param("version", "0"));
            assertThat(gap.getStatus()).isEqualTo(422);
            assertThat(text(gap))
                    .contains("Foreldre ringer mange ganger")
                    .contains("Fordi saksbehandlerne er få")
                    .contains("Fyll ut dette svaret før de neste");
            MockHttpServletResponse none = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(base + "/whys/new").param("problem", "Et problem").param("version", "0"));
            assertThat(none.getStatus()).isEqualTo(422);
            assertThat(text(none)).contains("Skriv det første svaret.");

            MockHttpServletResponse longIdea = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(base + "/ideas").param("title", "Langt forslag").param("description", "x".repeat(501)));
            assertThat(longIdea.getStatus()).isEqualTo(422);
            assertThat(text(longIdea)).contains("Langt forslag").contains("Skriv høyst 500 tegn.");
        });
    }

    @Test
    void twoTeamMembersEditingOneJourneyLoseNoUpdate() {
        String base = "/innovation-cases/" + kariCase;
        long journey =
                db().queryForObject("select min(id) from innovation_journey where case_id = ?", Long.class, kariCase);
        String journeyUrl = base + "/journeys/" + journey;
        inRollback(() -> {
            long opened = journeyVersion(journey);
            assertThat(body(DemoUsers.LEADER, get(journeyUrl + "/edit"), 200)).contains("value=\"" + opened + "\"");
            MockHttpServletResponse teammateAdds = perform(
                    teammate,
                    post(journeyUrl + "/steps")
                            .param("action", "Får brev om plass")
                            .param("feeling", "5")
                            .param("version", String.valueOf(opened)));
            assertThat(teammateAdds.getStatus()).isEqualTo(302);
            assertThat(journeyVersion(journey)).isGreaterThan(opened);

            MockHttpServletResponse kariSaves = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(journeyUrl + "/edit")
                            .param("title", "Kari sin nye tittel")
                            .param("persona", "Mor til en ettåring")
                            .param("version", String.valueOf(opened)));
            assertThat(kariSaves.getStatus()).isEqualTo(409);
            assertThat(text(kariSaves))
                    .contains("Kari sin nye tittel")
                    .contains("Noen andre har endret dette i mellomtiden");
            assertThat(db().queryForObject("select title from innovation_journey where id = ?", String.class, journey))
                    .isEqualTo("Søke barnehageplass utenom hovedopptaket");

            MockHttpServletResponse staleStep = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(journeyUrl + "/steps")
                            .param("action", "Kari sitt steg")
                            .param("feeling", "2")
                            .param("version", String.valueOf(opened)));
            assertThat(staleStep.getStatus()).isEqualTo(409);
            assertThat(text(staleStep)).contains("Kari sitt steg").contains("Får brev om plass");

            long first = stepAt(journey, 0);
            long stepsBefore = count("innovation_journey_step");
            MockHttpServletResponse staleDelete = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(journeyUrl + "/steps/" + first + "/delete").param("version", String.valueOf(opened)));
            assertThat(staleDelete.getStatus()).isEqualTo(409);
            assertThat(text(staleDelete)).contains("endringen din ble ikke gjort");
            MockHttpServletResponse staleMove = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(journeyUrl + "/steps/" + first + "/move")
                            .param("direction", "down")
                            .param("version", String.valueOf(opened)));
            assertThat(staleMove.getStatus()).isEqualTo(409);
            assertThat(stepAt(journey, 0)).isEqualTo(first);
            assertThat(count("innovation_journey_step")).isEqualTo(stepsBefore);

            MockHttpServletResponse fresh = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(journeyUrl + "/edit")
                            .param("title", "Kari sin nye tittel")
                            .param("persona", "Mor til en ettåring")
                            .param("version", String.valueOf(journeyVersion(journey))));
            assertThat(fresh.getStatus()).isEqualTo(302);
            assertThat(db().queryForObject(
                                    "select count(*) from innovation_journey_step where journey_id = ? and action = ?",
                                    Long.class,
                                    journey,
                                    "Får brev om plass"))
                    .as("the teammate's step is kept")
                    .isOne();
        });
    }

    @Test
    void aJourneyTakesAtMostFortySteps() {
        String base = "/innovation-cases/" + kariCase;
        inRollback(() -> {
            MockHttpServletResponse created = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(base + "/journeys/new")
                            .param("title", "Lang reise")
                            .param("persona", "En bruker")
                            .param("version", "0"));
            String journeyUrl = created.getRedirectedUrl();
            long journeyId = Long.parseLong(journeyUrl.substring(journeyUrl.lastIndexOf('/') + 1));
            for (int i = 0; i < Journey.MAX_STEPS; i++) {
                addStep(DemoUsers.LEADER.as(accounts), journeyUrl, "Steg " + i, "3", "");
            }
            MockHttpServletResponse oneMore = perform(
                    DemoUsers.LEADER.as(accounts),
                    post(journeyUrl + "/steps")
                            .param("action", "Ett steg for mye")
                            .param("feeling", "3")
                            .param("version", String.valueOf(journeyVersion(journeyId))));
            assertThat(oneMore.getStatus()).isEqualTo(422);
            assertThat(text(oneMore)).contains("Ett steg for mye").contains("Reisen har allerede 40 steg.");
            assertThat(db().queryForObject(
                                    "select count(*) from innovation_journey_step where journey_id = ?",
                                    Long.class,
                                    journeyId))
                    .isEqualTo(Journey.MAX_STEPS);
        });
    }

    @Test
    void eachTeamMemberHasThreeDotsToStackOrSpreadAndMayTakeOneBack() {
        String ideas = "/innovation-cases/" + kariCase + "/ideas";
        long idea = db().queryForObject(
                        "select id from innovation_idea where case_id = ? and title = ?",
                        Long.class,
                        kariCase,
                        "Se barnehagen før du svarer");
        inRollback(() -> {
            assertThat(body(DemoUsers.LEADER, get(ideas), 200))
                    .contains("Du har brukt 2 av 3 prikker i dette caset, og har 1 igjen.");
            db().update("delete from innovation_idea_dot where person_id = ?", kari);
            for (int i = 0; i < Ideas.DOT_BUDGET; i++) {
                assertThat(perform(DemoUsers.LEADER.as(accounts), post(ideas + "/" + idea + "/dots"))
                                .getStatus())
                        .isEqualTo(302);
            }
            MockHttpServletResponse fourth = perform(DemoUsers.LEADER.as(accounts), post(ideas + "/" + idea + "/dots"));
            assertThat(fourth.getStatus()).isEqualTo(422);
            assertThat(text(fourth)).contains("Du har brukt alle 3 prikkene dine.");
            assertThat(dotsOf(idea)).isEqualTo(3);

            assertThat(perform(DemoUsers.LEADER.as(accounts), post(ideas + "/" + idea + "/dots/delete"))
                            .getStatus())
                    .isEqualTo(302);
            assertThat(dotsOf(idea)).isEqualTo(2);
            assertThat(body(DemoUsers.LEADER, get(ideas), 200))
                    .contains("Du har brukt 2 av 3 prikker i dette caset, og har 1 igjen.")
                    .contains("Dine: 2.");
        });
    }

    @Test
    void ideasAreListedByVotesWithTiesAsTiesAndTheCoordinatorShortlists() {
        String ideas = "/innovation-cases/" + kariCase + "/ideas";
        inRollback(() -> {
            String page = body(DemoUsers.LEADER, get(ideas), 200);
            // The demo: three dots on two ideas each, two on one, none on two.
            assertThat(page)
                    .contains("Delt 1. plass")
                    .contains("3. plass")
                    .contains("Delt 4. plass")
                    .doesNotContain("2. plass");
            assertThat(page.indexOf("Automatisk kvittering")).isLessThan(page.indexOf("Chatbot for statusspørsmål"));
            long chatbot = db().queryForObject(
                            "select id from innovation_idea where case_id = ? and title = ?",
                            Long.class,
                            kariCase,
                            "Chatbot for statusspørsmål");
            assertThat(perform(
                                    DemoUsers.COORDINATOR.as(accounts),
                                    post(ideas + "/" + chatbot + "/shortlist").param("shortlisted", "true"))
                            .getStatus())
                    .isEqualTo(302);
            assertThat(db().queryForObject(
                                    "select shortlisted from innovation_idea where id = ?", Boolean.class, chatbot))
                    .isTrue();
            assertThat(body(DemoUsers.LEADER, get("/innovation-cases/" + kariCase), 200))
                    .contains("Ideer (5, 3 på kortlisten)");
        });
    }

    @Test
    void theMethodToolPagesRunTheSameNumberOfQueriesWithMoreStepsIdeasAndAnalyses() {
        String base = "/innovation-cases/" + kariCase;
        long journey =
                db().queryForObject("select min(id) from innovation_journey where case_id = ?", Long.class, kariCase);
        List<String> pages = List.of(
                base,
                base + "/journeys",
                base + "/journeys/" + journey,
                base + "/whys",
                base + "/ideas",
                base + "/method-tools/print");
        inRollback(() -> {
            long[] before = pages.stream().mapToLong(url -> counted(url)).toArray();
            for (int i = 0; i < 6; i++) {
                addStep(DemoUsers.LEADER.as(accounts), base + "/journeys/" + journey, "Ekstra steg " + i, "3", "Vondt");
                perform(
                        DemoUsers.LEADER.as(accounts),
                        post(base + "/ideas").param("title", "Ekstra idé " + i).param("description", "Kort"));
                perform(
                        DemoUsers.LEADER.as(accounts),
                        post(base + "/whys/new")
                                .param("problem", "Ekstra problem " + i)
                                .param("whys[0]", "Fordi A")
                                .param("whys[1]", "Fordi B")
                                .param("version", "0"));
                perform(
                        DemoUsers.LEADER.as(accounts),
                        post(base + "/journeys/new")
                                .param("title", "Ekstra reise " + i)
                                .param("persona", "En bruker")
                                .param("version", "0"));
            }
            long extraIdea =
                    db().queryForObject("select max(id) from innovation_idea where case_id = ?", Long.class, kariCase);
            perform(teammate, post(base + "/ideas/" + extraIdea + "/dots"));
            assertThat(count("innovation_idea")).isGreaterThanOrEqualTo(11);
            long[] after = pages.stream().mapToLong(url -> counted(url)).toArray();
            assertThat(after).as(pages.toString()).containsExactly(before);
        });
    }

    private void addStep(RequestPostProcessor who, String journeyUrl, String action, String feeling, String pain) {
        long journeyId = Long.parseLong(journeyUrl.substring(journeyUrl.lastIndexOf('/') + 1));
        MockHttpServletResponse added = perform(
                who,
                post(journeyUrl + "/steps")
                        .param("action", action)
                        .param("feeling", feeling)
                        .param("painPoints", pain)
                        .param("version", String.valueOf(journeyVersion(journeyId))));
        assertThat(added.getStatus()).as(text(added)).isEqualTo(302);
    }

    /** Statements of one page view, with the test's own changes written and forgotten first so they do not count. */
    private long counted(String url) {
        entityManager.flush();
        entityManager.clear();
        try {
            return queries.countDuring(() -> body(DemoUsers.LEADER, get(url), 200));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long stepAt(long journeyId, int position) {
        return db().queryForObject(
                        "select id from innovation_journey_step where journey_id = ? and position = ?",
                        Long.class,
                        journeyId,
                        position);
    }

    private long journeyVersion(long journeyId) {
        return db().queryForObject("select version from innovation_journey where id = ?", Long.class, journeyId);
    }

    private long dotsOf(long ideaId) {
        return db().queryForObject("select count(*) from innovation_idea_dot where idea_id = ?", Long.class, ideaId);
    }

    private long phase(String code) {
        return db().queryForObject("select id from innovation_phase where code = ?", Long.class, code);
    }

    private long caseId(String title) {
        return db().queryForObject("select id from innovation_case where title = ?", Long.class, title);
    }

    private long count(String table) {
        return db().queryForObject("select count(*) from " + table, Long.class);
    }

    private static String uri(MockHttpServletRequestBuilder route) {
        return route.buildRequest(new MockServletContext()).getRequestURI();
    }

    private MockHttpServletResponse perform(RequestPostProcessor who, MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String body(DemoUsers who, MockHttpServletRequestBuilder request, int status) {
        MockHttpServletResponse response = perform(who.as(accounts), request);
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

    /** SQL on the database as the test's transaction sees it, with the requests' changes written first. */
    private JdbcTemplate db() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
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
}
