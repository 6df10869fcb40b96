package no.samla.innovation.spread;

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
import java.util.Set;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.innovation.CaseData;
import no.samla.innovation.CaseHealth;
import no.samla.innovation.CaseOwner;
import no.samla.innovation.CaseStatus;
import no.samla.innovation.InnovationCases;
import no.samla.innovation.OwnerKind;
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
 * The innovation library and how cases spread, on the demo (Stange shares its cases, Drammen has not decided, so does
 * not): who finds which case, search and filters, a municipality turning sharing on, following, unfollowing and
 * adopting with its checks, a log entry linked to a case (and refused for a case the leader is not on), and bounded
 * queries as cases and followers grow. Everything a test makes is rolled back.
 */
@SamlaTest
class CaseSpreadTest {

    static final String KARI_CASE = "Kortere ventetid på barnehageplass";
    static final String SHARED_CASE = "Hverdagsrehabilitering hjemme";
    static final String STANGE_OTHER_CASE = "Digital innsjekk på legevakten";
    static final String RINGSAKER_CASE = "Felles vikarpool i oppvekst";
    static final String STOPPED_CASE = "Trygg skolevei uten bil";

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

    @PersistenceContext
    EntityManager entityManager;

    long school;
    long innlandet;
    long drammen;
    long stange;
    long kariCase;
    long sharedCase;

    @BeforeEach
    void demo() {
        school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        innlandet = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.INNLANDET_INNOVATION);
        drammen = municipality("3301");
        stange = municipality("3413");
        kariCase = caseId(school, KARI_CASE);
        sharedCase = caseId(innlandet, SHARED_CASE);
    }

    @Test
    void eachRoleFindsItsOwnProgrammesItsOwnMunicipalityAndSharedCasesOnly() {
        assertThat(library(DemoUsers.LEADER, ""))
                .contains(KARI_CASE, STOPPED_CASE, SHARED_CASE, STANGE_OTHER_CASE)
                .doesNotContain(RINGSAKER_CASE);
        assertThat(library(DemoUsers.LEADER_OTHER_MUNICIPALITY, ""))
                .contains(SHARED_CASE, RINGSAKER_CASE)
                .doesNotContain(KARI_CASE, STOPPED_CASE);
        assertThat(library(DemoUsers.MUNICIPALITY_ADMIN, ""))
                .contains(KARI_CASE, SHARED_CASE)
                .doesNotContain(RINGSAKER_CASE);
        assertThat(library(DemoUsers.MUNICIPALITY_ADMIN_OTHER, ""))
                .contains(SHARED_CASE, STANGE_OTHER_CASE)
                .doesNotContain(RINGSAKER_CASE, KARI_CASE);
        assertThat(library(DemoUsers.COORDINATOR, ""))
                .contains(KARI_CASE, SHARED_CASE)
                .doesNotContain(RINGSAKER_CASE);
        assertThat(library(DemoUsers.COORDINATOR_OTHER, ""))
                .contains(SHARED_CASE, RINGSAKER_CASE)
                .doesNotContain(KARI_CASE);
        assertThat(library(DemoUsers.ADMIN, "")).contains(KARI_CASE, RINGSAKER_CASE, SHARED_CASE);

        assertThat(perform(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/innovation-library/" + kariCase))
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform(DemoUsers.COORDINATOR_OTHER, get("/innovation-library/" + kariCase))
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform(DemoUsers.LEADER, get("/innovation-library/" + caseId(innlandet, RINGSAKER_CASE)))
                        .getStatus())
                .isEqualTo(404);
        assertThat(perform(DemoUsers.LEADER, get("/innovation-library/999999999"))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aMunicipalityThatTurnsSharingOnShowsItsCasesToOthersWithoutOpeningTheWholeCase() {
        inRollback(() -> {
            String setting =
                    body(DemoUsers.MUNICIPALITY_ADMIN, get("/municipalities/" + drammen + "/case-sharing"), 200);
            assertThat(setting).contains("Kommunen deler ikke innovasjonscasene sine.");
            assertThat(perform(
                                    DemoUsers.MUNICIPALITY_ADMIN_OTHER,
                                    post("/municipalities/" + drammen + "/case-sharing")
                                            .param("shares", "true"))
                            .getStatus())
                    .isEqualTo(404);
            assertThat(perform(
                                    DemoUsers.MUNICIPALITY_ADMIN,
                                    post("/municipalities/" + drammen + "/case-sharing")
                                            .param("shares", "true"))
                            .getRedirectedUrl())
                    .isEqualTo("/municipalities/" + drammen + "/case-sharing");
            assertThat(db().queryForMap(
                                    "select shares, changed_by from municipality_case_sharing where municipality_id = ?",
                                    drammen))
                    .containsEntry("shares", true)
                    .containsEntry("changed_by", personId(DemoAccounts.MUNICIPALITY_ADMIN_DRAMMEN));
            assertThat(body(DemoUsers.MUNICIPALITY_ADMIN, get("/municipalities/" + drammen + "/case-sharing"), 200))
                    .contains("Kommunen deler innovasjonscasene sine.")
                    .contains("Sist endret av Hilde Strand");

            assertThat(library(DemoUsers.LEADER_OTHER_MUNICIPALITY, "")).contains(KARI_CASE);
            String page = body(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/innovation-library/" + kariCase), 200);
            assertThat(page)
                    .contains(KARI_CASE)
                    .contains("Foreldre som søker barnehageplass")
                    .contains("Lederskolen i Drammen 2027")
                    .doesNotContain("href=\"/innovation-cases/" + kariCase + "\"");
            assertThat(body(DemoUsers.LEADER, get("/innovation-library/" + kariCase), 200))
                    .contains("href=\"/innovation-cases/" + kariCase + "\"");
        });
    }

    @Test
    void theLibraryIsSearchedInTheCaseTextsAndFilteredByPhaseStatusMunicipalityAndProgramme() {
        assertThat(library(DemoUsers.ADMIN, "?q=BARNEHAGE")).contains(KARI_CASE).doesNotContain(STOPPED_CASE);
        assertThat(library(DemoUsers.ADMIN, "?q=skranken"))
                .contains(STANGE_OTHER_CASE)
                .doesNotContain(KARI_CASE);
        assertThat(library(DemoUsers.ADMIN, "?q=%25")).contains("Ingen innovasjonscase passer til søket.");
        assertThat(library(DemoUsers.ADMIN, "?status=STOPPED"))
                .contains(STOPPED_CASE)
                .doesNotContain(KARI_CASE, SHARED_CASE);
        assertThat(library(DemoUsers.ADMIN, "?municipality=" + stange))
                .contains(SHARED_CASE, STANGE_OTHER_CASE)
                .doesNotContain(RINGSAKER_CASE, KARI_CASE);
        assertThat(library(DemoUsers.ADMIN, "?programme=" + school))
                .contains(KARI_CASE)
                .doesNotContain(SHARED_CASE);
        long phase = jdbc.queryForObject("select phase_id from innovation_case where id = ?", Long.class, kariCase);
        String byPhase = library(DemoUsers.ADMIN, "?phase=" + phase);
        assertThat(byPhase).contains(KARI_CASE).doesNotContain(SHARED_CASE);
        // An edited address is read as no filter rather than refused.
        assertThat(library(DemoUsers.ADMIN, "?phase=abc&municipality=&page=-3"))
                .contains(KARI_CASE)
                .contains(SHARED_CASE);
        // A filter never widens what a person finds: Drammen's cases stay hidden from Stange's leader.
        assertThat(library(DemoUsers.LEADER_OTHER_MUNICIPALITY, "?municipality=" + drammen))
                .doesNotContain(KARI_CASE)
                .contains("Ingen innovasjonscase passer til søket.");
    }

    @Test
    void aLeaderFollowsAndUnfollowsASharedCaseForTheirMunicipalityAndRecordsTakingItIntoUse() {
        inRollback(() -> {
            String before = body(DemoUsers.LEADER, get("/innovation-library/" + sharedCase), 200);
            assertThat(before)
                    .contains("Fulgt av 2 kommuner.")
                    .contains("Ringsaker")
                    .contains("Levanger");
            assertThat(perform(DemoUsers.LEADER, post("/innovation-library/" + sharedCase + "/follow"))
                            .getStatus())
                    .isEqualTo(302);
            perform(DemoUsers.MUNICIPALITY_ADMIN, post("/innovation-library/" + sharedCase + "/follow"));
            assertThat(follows(sharedCase, drammen)).isEqualTo(1);
            assertThat(body(DemoUsers.LEADER, get("/innovation-library/" + sharedCase), 200))
                    .contains("Fulgt av 3 kommuner.")
                    .contains("Kommunen din følger dette caset.");

            perform(DemoUsers.LEADER, post("/innovation-library/" + sharedCase + "/unfollow"));
            assertThat(follows(sharedCase, drammen)).isZero();

            String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
            String future = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1).toString();
            String refused = body(
                    DemoUsers.LEADER,
                    post("/innovation-library/" + sharedCase + "/adopt")
                            .param("adoptedOn", future)
                            .param("note", "Kommer snart"),
                    422);
            assertThat(refused)
                    .contains("Dagen kan ikke være fram i tid.")
                    .contains("id=\"adoptedOn-error\"")
                    .contains("Kommer snart");
            assertThat(body(
                            DemoUsers.LEADER,
                            post("/innovation-library/" + sharedCase + "/adopt")
                                    .param("adoptedOn", "")
                                    .param("note", "x".repeat(501)),
                            422))
                    .contains("id=\"note-error\"");
            assertThat(adoptions(sharedCase, drammen)).isZero();

            MockHttpServletResponse adopted = perform(
                    DemoUsers.LEADER,
                    post("/innovation-library/" + sharedCase + "/adopt")
                            .param("adoptedOn", today)
                            .param("note", "Brukes i hjemmetjenesten i Strømsø."));
            assertThat(adopted.getStatus()).isEqualTo(302);
            assertThat(adoptions(sharedCase, drammen)).isEqualTo(1);
            assertThat(follows(sharedCase, drammen)).isEqualTo(1);

            // The case page of Stange's own people shows the spread: three followers, Ringsaker and Drammen adopted.
            String casePage = body(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/innovation-cases/" + sharedCase), 200);
            assertThat(casePage)
                    .contains("Fulgt av 3 kommuner.")
                    .contains("Tatt i bruk av")
                    .contains("Drammen")
                    .contains("Brukes i hjemmetjenesten i Strømsø.")
                    .contains("Ringsaker");
        });
    }

    @Test
    void followingIsRefusedToTheCasesOwnMunicipalityToThoseWithoutOneAndUnknownToOutsidersBeforeTheFormIsRead() {
        inRollback(() -> {
            assertThat(perform(
                                    DemoUsers.LEADER_OTHER_MUNICIPALITY,
                                    post("/innovation-library/" + sharedCase + "/follow"))
                            .getStatus())
                    .isEqualTo(403);
            assertThat(perform(DemoUsers.COORDINATOR, post("/innovation-library/" + sharedCase + "/follow"))
                            .getStatus())
                    .isEqualTo(403);
            assertThat(perform(DemoUsers.ADMIN, post("/innovation-library/" + sharedCase + "/adopt"))
                            .getStatus())
                    .isEqualTo(403);
            assertThat(perform(
                                    DemoUsers.LEADER_OTHER_MUNICIPALITY,
                                    post("/innovation-library/" + kariCase + "/adopt")
                                            .param("adoptedOn", "not a day"))
                            .getStatus())
                    .isEqualTo(404);
            assertThat(perform(DemoUsers.MUNICIPALITY_ADMIN_OTHER, post("/innovation-library/" + kariCase + "/follow"))
                            .getStatus())
                    .isEqualTo(404);
            assertThat(db().queryForObject(
                                    "select count(*) from innovation_case_follow where case_id = ?",
                                    Long.class,
                                    kariCase))
                    .isZero();
        });
    }

    @Test
    void aLogEntryLinksToACaseOfTheLeadersTeamAndNotToAnotherCase() {
        long kari = personId(DemoAccounts.LEADER_DRAMMEN);
        assertThat(jdbc.queryForObject(
                        "select count(*) from log_entry where person_id = ? and innovation_case_id = ?",
                        Long.class,
                        kari,
                        kariCase))
                .as("the demo links one of Kari's entries to her case")
                .isEqualTo(1);
        inRollback(() -> {
            String form = body(DemoUsers.LEADER, get("/journal/new?programme=" + school), 200);
            assertThat(form).contains("Innovasjonscase").contains(KARI_CASE);

            long before = entriesOf(kari);
            String refused =
                    body(DemoUsers.LEADER, entry("Om et annet case").param("innovationCaseId", "" + sharedCase), 422);
            assertThat(refused)
                    .contains("Velg et innovasjonscase du er med i teamet på.")
                    .contains("id=\"innovationCaseId-error\"");
            assertThat(entriesOf(kari)).isEqualTo(before);

            MockHttpServletResponse saved = perform(
                    DemoUsers.LEADER, entry("Intervjuet tre foreldre.").param("innovationCaseId", "" + kariCase));
            assertThat(saved.getStatus()).isEqualTo(302);
            String url = saved.getRedirectedUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertThat(db().queryForObject("select innovation_case_id from log_entry where id = ?", Long.class, id))
                    .isEqualTo(kariCase);
            assertThat(body(DemoUsers.LEADER, get("/journal/" + id), 200))
                    .contains("href=\"/innovation-cases/" + kariCase + "\"")
                    .contains("Innovasjonscase: " + KARI_CASE);
        });
    }

    @Test
    void theLibraryAndTheCasePagesRunTheSameStatementsAsCasesAndFollowersGrow() {
        inRollback(() -> {
            SamlaUser marte = accounts.loadUser(DemoAccounts.COORDINATOR_FJORD).orElseThrow();
            List<Long> municipalities = db().queryForList(
                            "select id from municipality where id <> ? order by id limit 40", Long.class, drammen);
            long kari = personId(DemoAccounts.LEADER_DRAMMEN);
            addCases(marte, 0, 25);
            addFollowers(kariCase, municipalities.subList(0, 5), kari);
            long library = counted(DemoUsers.ADMIN, "/innovation-library");
            long libraryPage = counted(DemoUsers.LEADER, "/innovation-library/" + kariCase);
            long casePage = counted(DemoUsers.LEADER, "/innovation-cases/" + kariCase);

            addCases(marte, 25, 30);
            addFollowers(kariCase, municipalities.subList(5, 40), kari);
            assertThat(counted(DemoUsers.ADMIN, "/innovation-library")).isEqualTo(library);
            assertThat(counted(DemoUsers.ADMIN, "/innovation-library?q=Ekstra&page=1"))
                    .isEqualTo(library);
            assertThat(counted(DemoUsers.LEADER, "/innovation-library/" + kariCase))
                    .isEqualTo(libraryPage);
            assertThat(counted(DemoUsers.LEADER, "/innovation-cases/" + kariCase))
                    .isEqualTo(casePage);
            assertThat(body(DemoUsers.LEADER, get("/innovation-library/" + kariCase), 200))
                    .contains("Fulgt av 40 kommuner.");
        });
    }

    private void addCases(SamlaUser coordinator, int from, int count) {
        for (int i = from; i < from + count; i++) {
            cases.create(
                    coordinator,
                    school,
                    new CaseData(
                            "Ekstra case " + i,
                            "Behov",
                            "Brukere",
                            "Mål",
                            CaseStatus.ACTIVE,
                            null,
                            CaseHealth.GREEN,
                            null),
                    new CaseOwner(OwnerKind.MUNICIPALITY, drammen),
                    Set.of());
        }
    }

    private void addFollowers(long caseId, List<Long> municipalities, long by) {
        for (long municipality : municipalities) {
            db().update(
                            "insert into innovation_case_follow (case_id, municipality_id, followed_by, followed_at)"
                                    + " values (?, ?, ?, now())",
                            caseId,
                            municipality,
                            by);
            db().update(
                            "insert into innovation_case_adoption (case_id, municipality_id, adopted_on, note,"
                                    + " recorded_by, recorded_at) values (?, ?, current_date, 'Notat', ?, now())",
                            caseId,
                            municipality,
                            by);
        }
    }

    private MockHttpServletRequestBuilder entry(String did) {
        return post("/journal/new")
                .param("programmeId", String.valueOf(school))
                .param("date", LocalDate.now(ZoneId.of("Europe/Oslo")).toString())
                .param("did", did)
                .param("happened", "")
                .param("learned", "")
                .param("nextStep", "");
    }

    private String library(DemoUsers who, String query) {
        return body(who, get("/innovation-library" + query), 200);
    }

    private long counted(DemoUsers who, String url) {
        entityManager.flush();
        entityManager.clear();
        try {
            return queries.countDuring(() -> body(who, get(url), 200));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long follows(long caseId, long municipality) {
        return db().queryForObject(
                        "select count(*) from innovation_case_follow where case_id = ? and municipality_id = ?",
                        Long.class,
                        caseId,
                        municipality);
    }

    private long adoptions(long caseId, long municipality) {
        return db().queryForObject(
                        "select count(*) from innovation_case_adoption where case_id = ? and municipality_id = ?",
                        Long.class,
                        caseId,
                        municipality);
    }

    private long entriesOf(long person) {
        return db().queryForObject("select count(*) from log_entry where person_id = ?", Long.class, person);
    }

    private long municipality(String number) {
        return jdbc.queryForObject("select id from municipality where number = ?", Long.class, number);
    }

    private long caseId(long programme, String title) {
        return jdbc.queryForObject(
                "select id from innovation_case where programme_id = ? and title = ?", Long.class, programme, title);
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
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
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

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
}
