package no.samla.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.lowagie.text.pdf.PdfReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samla.demo.DemoProgrammes;
import no.samla.organisation.Organisations;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import no.samla.programme.Enrolments;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.ResponseText;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The leadership platform end to end on the demo data, each test in a transaction that is rolled back: three
 * gatherings of work with comments, adoption and the comparison of versions; the closed comment window; stale edits;
 * merging; refused input; who sees a municipality's platform; the PDF in nynorsk; and bounded queries.
 */
@SamlaTest
class PlatformFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Platforms platforms;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Organisations organisations;

    @Autowired
    QueryCounter queries;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    @Test
    void threeGatheringsOfWorkWithCommentsEndInAnAdoptedVersionAndADiff() {
        rolledBack(() -> {
            long school = schoolId();
            long drammen = drammenId();
            MvcResult created = send(
                    post("/programmes/" + school + "/platform").param("municipalityId", String.valueOf(drammen)),
                    DemoUsers.COORDINATOR);
            assertThat(created.getResponse().getRedirectedUrl()).startsWith("/platforms/");
            long id = Long.parseLong(created.getResponse().getRedirectedUrl().substring("/platforms/".length()));
            List<Long> gatherings = jdbc.queryForList(
                    "select id from gathering where programme_id = ? order by number", Long.class, school);

            addPrinciple(id, "Vi stoler på hverandre", "Vi tar for gitt at alle gjør sitt beste.");
            addPrinciple(id, "Vi lærer av feil", "Feil deler vi åpent.");
            addPrinciple(id, "Vi deler kunnskap", "Det én lærer, lærer alle.");
            addPrinciple(id, "Innbyggeren først", "Vi spør hva innbyggeren trenger.");
            send(post("/platforms/" + id + "/window"), DemoUsers.COORDINATOR);
            saveVersion(id, gatherings.get(0));

            long trust = principleId(id, "Vi stoler på hverandre");
            MvcResult comment = send(
                    post("/platforms/" + id + "/principles/" + trust + "/comments")
                            .param("text", "Godt, men hvordan?"),
                    DemoUsers.LEADER);
            assertThat(comment.getResponse().getStatus()).isEqualTo(302);
            send(
                    post("/platforms/" + id + "/principles/" + trust + "/reaction")
                            .param("reaction", "AGREE"),
                    DemoUsers.LEADER);

            send(
                    post("/platforms/" + id + "/principles/" + trust + "/edit")
                            .param("title", "Vi stoler på hverandre")
                            .param("meaning", "Vi tar for gitt at alle gjør sitt aller beste.")
                            .param("version", String.valueOf(version(id))),
                    DemoUsers.COORDINATOR);
            send(
                    post("/platforms/" + id + "/principles/" + principleId(id, "Vi lærer av feil") + "/merge")
                            .param("other", String.valueOf(principleId(id, "Vi deler kunnskap")))
                            .param("version", String.valueOf(version(id))),
                    DemoUsers.COORDINATOR);
            addPrinciple(id, "Vi samarbeider på tvers", "Sektorgrensene stopper oss ikke.");
            saveVersion(id, gatherings.get(1));

            send(
                    post("/platforms/" + id + "/principles/" + principleId(id, "Innbyggeren først") + "/delete")
                            .param("version", String.valueOf(version(id))),
                    DemoUsers.COORDINATOR);
            send(
                    post("/platforms/" + id + "/principles/" + principleId(id, "Vi samarbeider på tvers") + "/move")
                            .param("direction", "up")
                            .param("version", String.valueOf(version(id))),
                    DemoUsers.COORDINATOR);
            saveVersion(id, gatherings.get(2));
            send(
                    post("/platforms/" + id + "/versions/3/adopt").param("adoptedOn", "2027-06-10"),
                    DemoUsers.COORDINATOR);

            assertThat(jdbc.queryForObject(
                            "select count(*) from platform_version where platform_id = ?", Integer.class, id))
                    .isEqualTo(3);
            String page = html(get("/platforms/" + id), DemoUsers.LEADER);
            assertThat(page)
                    .contains("Versjon 3 ble vedtatt 10.06.2027.")
                    .contains("Godt, men hvordan?")
                    .contains("Kari Nordmann")
                    .contains("Enig: 1");

            String first =
                    html(get("/platforms/" + id + "/diff").param("from", "1").param("to", "2"), DemoUsers.LEADER);
            assertThat(first)
                    .contains("Lagt til: 1. Fjernet: 1. Endret: 2.")
                    .contains("lagt til:</span><span>aller</span></ins>")
                    .contains("Vi samarbeider på tvers");
            String second = html(get("/platforms/" + id + "/diff"), DemoUsers.LEADER);
            assertThat(second)
                    .contains("Lagt til: 0. Fjernet: 1. Endret: 0. Flyttet: 1.")
                    .contains("fjernet:</span><span>Innbyggeren først</span></del>")
                    .contains("Flyttet fra plass");

            // Adopting another version moves the mark: one adopted version only.
            send(
                    post("/platforms/" + id + "/versions/2/adopt").param("adoptedOn", "2027-06-11"),
                    DemoUsers.COORDINATOR);
            assertThat(html(get("/platforms/" + id), DemoUsers.COORDINATOR))
                    .contains("Versjon 2 ble vedtatt 11.06.2027.")
                    .doesNotContain("Versjon 3 ble vedtatt");
        });
    }

    @Test
    void aClosedWindowRefusesCommentsAndReactionsAndHidesTheForms() {
        rolledBack(() -> {
            long id = demoPlatform();
            long principle = firstPrinciple(id);
            send(post("/platforms/" + id + "/window").param("action", "close"), DemoUsers.COORDINATOR);
            long before = commentCount(principle);

            MvcResult comment = send(
                    post("/platforms/" + id + "/principles/" + principle + "/comments")
                            .param("text", "For sent"),
                    DemoUsers.LEADER);
            assertThat(comment.getResponse().getStatus()).isEqualTo(409);
            assertThat(comment.getResponse().getContentAsString()).contains("Kommentering er stengt");
            MvcResult reaction = send(
                    post("/platforms/" + id + "/principles/" + principle + "/reaction")
                            .param("reaction", "DISAGREE"),
                    DemoUsers.LEADER);
            assertThat(reaction.getResponse().getStatus()).isEqualTo(409);
            assertThat(commentCount(principle)).isEqualTo(before);

            String page = html(get("/platforms/" + id + "/principles/" + principle), DemoUsers.LEADER);
            assertThat(page).doesNotContain("Send kommentar").doesNotContain("name=\"reaction\"");
        });
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefusedWithTheInputKept() {
        rolledBack(() -> {
            long id = demoPlatform();
            long principle = firstPrinciple(id);
            String title = "Min nye tittel " + UUID.randomUUID().toString().substring(0, 8);
            MvcResult result = send(
                    post("/platforms/" + id + "/principles/" + principle + "/edit")
                            .param("title", title)
                            .param("meaning", "Betydning")
                            .param("version", String.valueOf(version(id) + 7)),
                    DemoUsers.COORDINATOR);
            assertThat(result.getResponse().getStatus()).isEqualTo(409);
            assertThat(result.getResponse().getContentAsString()).contains(title);
            assertThat(jdbc.queryForObject(
                            "select title from platform_principle where id = ?", String.class, principle))
                    .isNotEqualTo(title);
        });
    }

    @Test
    void badInputIsRefusedNextToTheFieldWithTheInputKept() {
        rolledBack(() -> {
            long id = demoPlatform();
            long before = principleCount(id);
            MvcResult result = send(
                    post("/platforms/" + id + "/principles")
                            .param("title", "x".repeat(121))
                            .param("meaning", "Dette skal bli med")
                            .param("version", String.valueOf(version(id))),
                    DemoUsers.COORDINATOR);
            assertThat(result.getResponse().getStatus()).isEqualTo(422);
            assertThat(result.getResponse().getContentAsString())
                    .contains("Dette skal bli med")
                    .contains("aria-describedby=\"title-hint title-error\"");
            assertThat(principleCount(id)).isEqualTo(before);

            MvcResult empty = send(
                    post("/platforms/" + id + "/principles/" + firstPrinciple(id) + "/comments")
                            .param("text", " "),
                    DemoUsers.LEADER);
            assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        });
    }

    @Test
    void mergingMovesTheCommentsAndReactionsOfTheOtherPrinciple() {
        rolledBack(() -> {
            long id = demoPlatform();
            List<Long> principles = jdbc.queryForList(
                    "select id from platform_principle where platform_id = ? order by position", Long.class, id);
            long kept = principles.get(0);
            long other = principles.get(1);
            SamlaUser kari = accounts.loadUser(DemoUsers.LEADER.email()).orElseThrow();
            platforms.comment(kari, id, other, "Flyttes med");
            platforms.react(kari, id, other, Reaction.UNSURE);
            platforms.react(kari, id, kept, Reaction.AGREE);
            long keptComments = commentCount(kept);
            long otherComments = commentCount(other);
            String otherTitle =
                    jdbc.queryForObject("select title from platform_principle where id = ?", String.class, other);

            MvcResult result = send(
                    post("/platforms/" + id + "/principles/" + kept + "/merge")
                            .param("other", String.valueOf(other))
                            .param("version", String.valueOf(version(id))),
                    DemoUsers.COORDINATOR);
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(commentCount(kept)).isEqualTo(keptComments + otherComments);
            assertThat(jdbc.queryForObject("select count(*) from platform_principle where id = ?", Long.class, other))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select reaction from platform_reaction where principle_id = ? and person_id = ?",
                            String.class,
                            kept,
                            kari.personId()))
                    .isEqualTo("AGREE");
            assertThat(jdbc.queryForObject(
                            "select merged_from from platform_principle where id = ?", String.class, kept))
                    .contains(otherTitle);
        });
    }

    @Test
    void aMunicipalityPlatformIsHiddenFromLeadersAndAdminsOfOtherMunicipalities() {
        rolledBack(() -> {
            long school = schoolId();
            long stange = jdbc.queryForObject("select id from municipality where number = '3413'", Long.class);
            enrolments.enrolMunicipality(school, stange);
            SamlaUser marte = accounts.loadUser(DemoUsers.COORDINATOR.email()).orElseThrow();
            long id = platforms.create(marte, school, stange).getId();
            assertThat(status(get("/platforms/" + id), DemoUsers.LEADER)).isEqualTo(404);
            assertThat(status(get("/platforms/" + id), DemoUsers.MUNICIPALITY_ADMIN))
                    .isEqualTo(404);
            assertThat(status(get("/platforms/" + id), DemoUsers.MUNICIPALITY_ADMIN_OTHER))
                    .isEqualTo(200);
            assertThat(status(get("/platforms/" + id), DemoUsers.COORDINATOR)).isEqualTo(200);
            assertThat(html(get("/programmes/" + school + "/platform"), DemoUsers.MUNICIPALITY_ADMIN))
                    .doesNotContain("/platforms/" + id + "\"");
        });
    }

    @Test
    void thePdfAndPrintPageOfANynorskMunicipalityAreLabelledInNynorsk() {
        rolledBack(() -> {
            long id = demoPlatform();
            organisations.changeWrittenLanguage(drammenId(), "nn");
            MvcResult result = send(get("/platforms/" + id + "/pdf"), DemoUsers.LEADER);
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
            PdfReader reader = new PdfReader(result.getResponse().getContentAsByteArray());
            assertThat(reader.getInfo().get("Title")).isEqualTo("Felles leiarplattform");
            String text = ResponseText.pdf(reader);
            assertThat(text)
                    .contains("Kva det tyder")
                    .contains("Kva vi sluttar med")
                    .contains("Vi samarbeider på tvers for innbyggeren")
                    .contains("vedteken");
            List<Map<String, Object>> bookmarks = com.lowagie.text.pdf.SimpleBookmark.getBookmarkList(reader);
            assertThat(bookmarks).hasSize(1);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> kids =
                    (List<Map<String, Object>>) bookmarks.get(0).get("Kids");
            assertThat(kids).hasSize(principleCountOfAdopted(id));
            assertThat(reader.getCatalog()
                            .getAsString(com.lowagie.text.pdf.PdfName.LANG)
                            .toUnicodeString())
                    .as("the language readers take from the catalog")
                    .isEqualTo("nn");

            String print = html(get("/platforms/" + id + "/print"), DemoUsers.LEADER);
            assertThat(print).contains("lang=\"nn\"").contains("Kva vi gjer når vi lever det");

            organisations.changeWrittenLanguage(drammenId(), "nb");
            assertThat(ResponseText.pdf(new PdfReader(send(get("/platforms/" + id + "/pdf"), DemoUsers.LEADER)
                            .getResponse()
                            .getContentAsByteArray())))
                    .contains("Hva det betyr");
        });
    }

    @Test
    void aMunicipalityAdminChangesTheirOwnWrittenLanguage() {
        rolledBack(() -> {
            long drammen = drammenId();
            MvcResult saved = send(
                    post("/municipalities/" + drammen + "/written-language").param("language", "nn"),
                    DemoUsers.MUNICIPALITY_ADMIN);
            assertThat(saved.getResponse().getStatus()).isEqualTo(302);
            assertThat(language(drammen)).isEqualTo("nn");
            assertThat(send(
                                    post("/municipalities/" + drammen + "/written-language")
                                            .param("language", "de"),
                                    DemoUsers.MUNICIPALITY_ADMIN)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(422);
            send(
                    post("/admin/municipalities/" + drammen + "/written-language")
                            .param("language", "nb"),
                    DemoUsers.ADMIN);
            assertThat(language(drammen)).isEqualTo("nb");
            assertThat(jdbc.queryForObject(
                            "select count(*) from municipality where written_language = 'nn' and name in ('Voss', 'Volda', 'Ørsta')",
                            Integer.class))
                    .isEqualTo(3);
        });
    }

    @Test
    void thePlatformPagesRunABoundedNumberOfStatements() {
        rolledBack(() -> {
            long id = demoPlatform();
            long principle = firstPrinciple(id);
            long small = measured(() -> html(get("/platforms/" + id), DemoUsers.LEADER));
            long smallPrinciple =
                    measured(() -> html(get("/platforms/" + id + "/principles/" + principle), DemoUsers.LEADER));
            long smallEditor = measured(() -> html(get("/platforms/" + id), DemoUsers.COORDINATOR));

            SamlaUser marte = accounts.loadUser(DemoUsers.COORDINATOR.email()).orElseThrow();
            List<String> leaders = jdbc.queryForList(
                    "select lower(pe.email) from participation pa join person pe on pe.id = pa.person_id"
                            + " join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'"
                            + " where pa.programme_id = ? and pa.left_on is null order by pe.id limit 8",
                    String.class,
                    schoolId());
            for (int i = 0; i < 6; i++) {
                platforms.addPrinciple(
                        marte, id, version(id), new Principle.Texts("Ekstra " + i, "Tekst " + i, null, null));
            }
            entityManager.flush();
            List<Long> principles =
                    jdbc.queryForList("select id from platform_principle where platform_id = ?", Long.class, id);
            for (String email : leaders) {
                SamlaUser leader = accounts.loadUser(email).orElseThrow();
                for (long p : principles) {
                    platforms.comment(leader, id, p, "Kommentar fra " + email);
                    platforms.react(leader, id, p, Reaction.UNSURE);
                }
            }
            long gathering =
                    jdbc.queryForObject("select min(id) from gathering where programme_id = ?", Long.class, schoolId());
            platforms.saveVersion(marte, id, version(id), gathering);
            platforms.saveVersion(marte, id, version(id), gathering);

            assertThat(measured(() -> html(get("/platforms/" + id), DemoUsers.LEADER)))
                    .isEqualTo(small);
            assertThat(measured(() -> html(get("/platforms/" + id + "/principles/" + principle), DemoUsers.LEADER)))
                    .isEqualTo(smallPrinciple);
            assertThat(measured(() -> html(get("/platforms/" + id), DemoUsers.COORDINATOR)))
                    .isEqualTo(smallEditor);
            assertThat(jdbc.queryForObject(
                            "select count(*) from platform_comment c join platform_principle p on p.id = c.principle_id"
                                    + " where p.platform_id = ?",
                            Long.class,
                            id))
                    .isGreaterThan(40);
        });
    }

    /** The statements of a request that finds nothing in the persistence context, as a fresh request would. */
    private long measured(QueryCounter.ThrowingRunnable request) throws Exception {
        entityManager.flush();
        entityManager.clear();
        return queries.countDuring(request);
    }

    private void addPrinciple(long id, String title, String meaning) throws Exception {
        MvcResult result = send(
                post("/platforms/" + id + "/principles")
                        .param("title", title)
                        .param("meaning", meaning)
                        .param("version", String.valueOf(version(id))),
                DemoUsers.COORDINATOR);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
    }

    private void saveVersion(long id, long gatheringId) throws Exception {
        MvcResult result = send(
                post("/platforms/" + id + "/versions")
                        .param("gatheringId", String.valueOf(gatheringId))
                        .param("version", String.valueOf(version(id))),
                DemoUsers.COORDINATOR);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
    }

    private MvcResult send(MockHttpServletRequestBuilder request, DemoUsers user) throws Exception {
        if ("POST"
                .equals(request.buildRequest(new org.springframework.mock.web.MockServletContext())
                        .getMethod())) {
            request.with(csrf());
        }
        MvcResult result = mvc.perform(request.with(user.as(accounts))).andReturn();
        // One transaction holds the whole test: write what the request changed, so the checks below read it.
        entityManager.flush();
        return result;
    }

    private String html(MockHttpServletRequestBuilder request, DemoUsers user) throws Exception {
        MvcResult result = send(request, user);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, DemoUsers user) throws Exception {
        return send(request, user).getResponse().getStatus();
    }

    private long schoolId() {
        return jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
    }

    private long drammenId() {
        return jdbc.queryForObject("select id from municipality where number = '3301'", Long.class);
    }

    private long demoPlatform() {
        return jdbc.queryForObject(
                "select id from leadership_platform where programme_id = ? and municipality_id is null",
                Long.class,
                schoolId());
    }

    private long firstPrinciple(long platformId) {
        return jdbc.queryForObject(
                "select id from platform_principle where platform_id = ? order by position limit 1",
                Long.class,
                platformId);
    }

    private long principleId(long platformId, String title) {
        return jdbc.queryForObject(
                "select id from platform_principle where platform_id = ? and title = ?", Long.class, platformId, title);
    }

    private long version(long platformId) {
        entityManager.flush();
        return jdbc.queryForObject("select version from leadership_platform where id = ?", Long.class, platformId);
    }

    private long commentCount(long principleId) {
        return jdbc.queryForObject(
                "select count(*) from platform_comment where principle_id = ?", Long.class, principleId);
    }

    private long principleCount(long platformId) {
        return jdbc.queryForObject(
                "select count(*) from platform_principle where platform_id = ?", Long.class, platformId);
    }

    private int principleCountOfAdopted(long platformId) {
        return jdbc.queryForObject(
                "select count(*) from platform_version_principle vp join leadership_platform lp"
                        + " on lp.adopted_version_id = vp.version_id where lp.id = ?",
                Integer.class,
                platformId);
    }

    private String language(long municipalityId) {
        return jdbc.queryForObject(
                "select written_language from municipality where id = ?", String.class, municipalityId);
    }

    private void rolledBack(QueryCounter.ThrowingRunnable test) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                test.run();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
