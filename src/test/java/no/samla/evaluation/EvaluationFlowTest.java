package no.samla.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Leaders answer evaluations and change their answers until they close; coordinators set them up and read results
 * that never pair a person with an anonymous answer, hidden below three answers on the page and in the exports.
 */
@SamlaTest
class EvaluationFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueryCounter queries;

    @Test
    void aLeaderAnswersChangesTheAnswerAndIsRefusedOnceItCloses() throws Exception {
        long programme = programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 4);
        String evaluations = "/programmes/" + programme + "/evaluations";
        String created = as(DemoUsers.COORDINATOR, post(evaluations).param("gatheringId", String.valueOf(gathering)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long evaluation =
                jdbc.queryForObject("select id from evaluation where gathering_id = ?", Long.class, gathering);
        assertThat(created).isEqualTo(evaluations + "/" + evaluation);
        // a second create finds the same evaluation
        as(DemoUsers.COORDINATOR, post(evaluations).param("gatheringId", String.valueOf(gathering)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from evaluation where gathering_id = ?", Long.class, gathering))
                .isEqualTo(1L);
        as(
                        DemoUsers.COORDINATOR,
                        post(created + "/questions")
                                .param("kind", "SCALE")
                                .param("text", "Hvor godt var lokalet?")
                                .param("required", "true"))
                .andExpect(status().is3xxRedirection());
        long question = jdbc.queryForObject(
                "select id from evaluation_question where evaluation_id = ?", Long.class, evaluation);
        // a leader does not see a draft
        as(DemoUsers.LEADER, get("/evaluations/" + evaluation)).andExpect(status().isNotFound());
        as(DemoUsers.COORDINATOR, post(created + "/status").param("to", "OPEN")).andExpect(status().is3xxRedirection());
        // anonymity and questions are fixed once open
        String locked = body(as(
                        DemoUsers.COORDINATOR,
                        post(created).param("anonymous", "false").param("version", currentVersion(evaluation)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(locked).contains("Anonymiteten kan bare endres før evalueringen åpnes.");
        assertThat(anonymous(evaluation)).isTrue();

        String home = body(as(DemoUsers.LEADER, get("/")).andExpect(status().isOk()));
        assertThat(home)
                .contains("id=\"open-evaluations\"")
                .contains("href=\"/evaluations/" + evaluation + "\"")
                .contains("4. Samling 4")
                .contains("Svar på evalueringen");

        String form =
                body(as(DemoUsers.LEADER, get("/evaluations/" + evaluation)).andExpect(status().isOk()));
        assertThat(form)
                .contains("<legend")
                .contains("type=\"radio\" name=\"score\" value=\"5\"")
                .contains("name=\"extra[" + question + "]\"")
                .contains("Hvor godt var lokalet?");

        // the required extra question is missing: nothing saved, what was typed is kept
        String missingExtra = body(as(
                        DemoUsers.LEADER,
                        post("/evaluations/" + evaluation).param("score", "4").param("wentWell", "Godt opplegg"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(missingExtra).contains("Svar på dette spørsmålet.").contains("Godt opplegg");
        assertThat(answers(evaluation)).isZero();

        as(
                        DemoUsers.LEADER,
                        post("/evaluations/" + evaluation)
                                .param("score", "4")
                                .param("wentWell", "Godt opplegg")
                                .param("extra[" + question + "]", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(answers(evaluation)).isEqualTo(1L);
        assertThat(jdbc.queryForMap(
                        "select score, went_well, person_id from evaluation_answer where evaluation_id = ?",
                        evaluation))
                .containsEntry("score", 4)
                .containsEntry("went_well", "Godt opplegg")
                .containsEntry("person_id", null);

        String again =
                body(as(DemoUsers.LEADER, get("/evaluations/" + evaluation)).andExpect(status().isOk()));
        assertThat(again)
                .contains("Du har svart.")
                .contains("id=\"score-4\" checked=\"checked\"")
                .contains("Godt opplegg");
        as(
                        DemoUsers.LEADER,
                        post("/evaluations/" + evaluation)
                                .param("score", "2")
                                .param("couldBeBetter", "Mer pause")
                                .param("extra[" + question + "]", "5"))
                .andExpect(status().is3xxRedirection());
        assertThat(answers(evaluation)).isEqualTo(1L);
        assertThat(jdbc.queryForMap(
                        "select score, went_well, could_be_better from evaluation_answer where evaluation_id = ?",
                        evaluation))
                .containsEntry("score", 2)
                .containsEntry("went_well", null)
                .containsEntry("could_be_better", "Mer pause");
        assertThat(jdbc.queryForObject(
                        "select i.score from evaluation_answer_item i join evaluation_answer a on a.id = i.answer_id"
                                + " where a.evaluation_id = ?",
                        Integer.class,
                        evaluation))
                .isEqualTo(5);
        assertThat(body(as(DemoUsers.LEADER, get("/")))).contains("Endre svaret ditt");

        as(DemoUsers.COORDINATOR, post(created + "/status").param("to", "CLOSED"))
                .andExpect(status().is3xxRedirection());
        String closed =
                body(as(DemoUsers.LEADER, get("/evaluations/" + evaluation)).andExpect(status().isForbidden()));
        assertThat(closed).contains("Evalueringen er lukket").contains("kan ikke lenger besvares");
        as(DemoUsers.LEADER, post("/evaluations/" + evaluation).param("score", "5"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select score from evaluation_answer where evaluation_id = ?", Integer.class, evaluation))
                .isEqualTo(2);
        assertThat(body(as(DemoUsers.LEADER, get("/")))).doesNotContain("/evaluations/" + evaluation + "\"");
    }

    @Test
    void aScoreOutsideOneToFiveIsRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
        long evaluation = evaluationId(DemoProgrammes.DRAMMEN_SCHOOL, 3);
        RequestPostProcessor leader = leader(drammenLeader(6));
        long before = answers(evaluation);
        long respondents = respondents(evaluation);
        for (String bad : List.of("6", "0", "-1", "3.5", "fem", "99999999999")) {
            String page = body(mvc.perform(post("/evaluations/" + evaluation)
                            .with(leader)
                            .with(csrf())
                            .param("score", bad)
                            .param("wentWell", "Beholdes"))
                    .andExpect(status().isUnprocessableContent()));
            assertThat(page)
                    .contains("Vurderingen må være et helt tall fra 1 til 5.")
                    .contains("id=\"score-error\"")
                    .contains("Beholdes");
        }
        String empty =
                body(mvc.perform(post("/evaluations/" + evaluation).with(leader).with(csrf()))
                        .andExpect(status().isUnprocessableContent()));
        assertThat(empty).contains("Velg en samlet vurdering fra 1 til 5.");
        String tooLong = body(mvc.perform(post("/evaluations/" + evaluation)
                        .with(leader)
                        .with(csrf())
                        .param("score", "3")
                        .param("couldBeBetter", "x".repeat(4001)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(tooLong).contains("høyst 4000 tegn");
        assertThat(answers(evaluation)).isEqualTo(before);
        assertThat(respondents(evaluation)).isEqualTo(respondents);
    }

    @Test
    void othersThanTheProgrammesParticipantsDoNotFindAnEvaluation() throws Exception {
        long open = evaluationId(DemoProgrammes.DRAMMEN_SCHOOL, 3);
        long before = answers(open);
        // a leader of another programme, and the facilitator who takes part but not as a participant
        for (DemoUsers stranger : List.of(DemoUsers.LEADER_OTHER_MUNICIPALITY, DemoUsers.COORDINATOR)) {
            as(stranger, get("/evaluations/" + open)).andExpect(status().isNotFound());
            as(stranger, post("/evaluations/" + open).param("score", "5")).andExpect(status().isNotFound());
        }
        as(DemoUsers.LEADER, get("/evaluations/999999999")).andExpect(status().isNotFound());
        as(DemoUsers.LEADER, get("/evaluations/abc")).andExpect(status().isBadRequest());
        // the programme-level evaluation is still a draft
        as(DemoUsers.LEADER, get("/evaluations/" + evaluationId(DemoProgrammes.DRAMMEN_SCHOOL, null)))
                .andExpect(status().isNotFound());
        assertThat(answers(open)).isEqualTo(before);
    }

    @Test
    void aClosedEvaluationIsRefusedWithAClearPage() throws Exception {
        long closed = evaluationId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        long before = answers(closed);
        String page = body(as(DemoUsers.LEADER, get("/evaluations/" + closed)).andExpect(status().isForbidden()));
        assertThat(page).contains("<h1>Evalueringen er lukket</h1>").contains("Til startsiden");
        as(DemoUsers.LEADER, post("/evaluations/" + closed).param("score", "1")).andExpect(status().isForbidden());
        assertThat(answers(closed)).isEqualTo(before);
    }

    @Test
    void resultsShowRateScoresAndTextsFromThreeAnswersWithoutNames() throws Exception {
        String results = resultsUrl(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        String page = body(as(DemoUsers.COORDINATOR, get(results)).andExpect(status().isOk()));
        long participants = activeParticipants(DemoProgrammes.DRAMMEN_SCHOOL);
        assertThat(page)
                .contains("5 av " + participants + " deltakere har svart")
                .contains("Gjennomsnitt 4,2 av 5 svar.")
                .contains("Casearbeidet fra egen enhet ga mye")
                .contains("Send program tidligere.")
                .contains("Hvor nyttig var casearbeidet for din egen enhet?")
                .contains("Spørre mer, fortelle mindre.")
                .doesNotContain("id=\"results-hidden\"");
        for (String name : respondentNames(evaluationId(DemoProgrammes.DRAMMEN_SCHOOL, 1))) {
            assertThat(page).doesNotContain(name);
        }
        // an enrolled municipality's admin reads the same results
        assertThat(body(as(DemoUsers.MUNICIPALITY_ADMIN, get(results)).andExpect(status().isOk())))
                .contains("Casearbeidet fra egen enhet ga mye")
                .doesNotContain("Hvem har ikke svart");
    }

    @Test
    void anonymousResultsBelowThreeAnswersAreHiddenOnThePageAndInTheExports() throws Exception {
        String results = resultsUrl(DemoProgrammes.DRAMMEN_SCHOOL, 2);
        String page = body(as(DemoUsers.COORDINATOR, get(results)).andExpect(status().isOk()));
        assertThat(page)
                .contains("id=\"results-hidden\"")
                .contains("først når minst 3 har svart")
                .doesNotContain("For lite tid til casearbeid")
                .doesNotContain("Gode samtaler")
                .doesNotContain("Gjennomsnitt");
        String csv = new String(
                as(DemoUsers.COORDINATOR, get(results + ".csv"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("først når minst 3 har svart")
                .doesNotContain("For lite tid")
                .doesNotContain("Gode samtaler")
                .doesNotContain("Gjennomsnitt");
        List<String> cells = xlsxCells(results + ".xlsx");
        assertThat(String.join("|", cells))
                .contains("først når minst 3 har svart")
                .doesNotContain("For lite tid")
                .doesNotContain("Gode samtaler");
    }

    @Test
    void theCsvIsForExcelInNorwayAndTheXlsxHoldsEveryAnswer() throws Exception {
        String results = resultsUrl(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        var response = as(DemoUsers.COORDINATOR, get(results + ".csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("evaluering-samling-1.csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).contains("Gjennomsnitt;4,2").contains("Antall svar;5");
        assertThat(lines)
                .contains(
                        "Score;Hva gikk bra, og hvorfor?;Hva kan bli bedre, og hvordan?;Hvor nyttig var casearbeidet for din egen enhet?;Hva tar du med deg til neste samling?");
        assertThat(lines)
                .contains(
                        "5;Casearbeidet fra egen enhet ga mye, fordi vi fikk jobbe med ekte utfordringer.;Mer tid til refleksjon i par.;5;Refleksjonsstopp i eget ledermøte.");
        assertThat(csv).contains("\r\n");

        List<List<String>> answers = xlsxSheet(results + ".xlsx", 1);
        assertThat(answers).hasSize(6);
        assertThat(answers.get(0)).startsWith("Score", "Hva gikk bra, og hvorfor?");
        assertThat(answers.stream().skip(1).map(row -> row.get(0)).sorted().toList())
                .containsExactly("3", "4", "4", "5", "5");
        assertThat(answers.stream().flatMap(List::stream).toList())
                .contains("Trygg stemning i gruppene.", "Felles plattform i ledergruppa.");
    }

    @Test
    void theDatabaseCannotPairAPersonWithAnAnonymousAnswerAndTheMissingListNamesOnlyWho() throws Exception {
        long evaluation = evaluationId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        List<Long> respondents = jdbc.queryForList(
                "select person_id from evaluation_respondent where evaluation_id = ?", Long.class, evaluation);
        assertThat(respondents).hasSize(5);
        // no answer row names a person, and no answer column holds anything derived from a person's id alone
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id::text as id, respondent_key, person_id from evaluation_answer where evaluation_id = ?",
                evaluation);
        assertThat(rows)
                .hasSize(5)
                .allSatisfy(row -> assertThat(row.get("person_id")).isNull());
        for (Map<String, Object> row : rows) {
            for (long person : respondents) {
                assertThat((String) row.get("respondent_key"))
                        .hasSize(64)
                        .isNotEqualTo(sha256(evaluation + ":" + person));
            }
        }
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where table_name = 'evaluation_answer'",
                        String.class))
                .containsExactlyInAnyOrder(
                        "id", "evaluation_id", "respondent_key", "person_id", "score", "went_well", "could_be_better");
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where table_name = 'evaluation_respondent'",
                        String.class))
                .containsExactlyInAnyOrder("evaluation_id", "person_id");

        String missingUrl = evaluationUrl(DemoProgrammes.DRAMMEN_SCHOOL, 1) + "/missing";
        String missing = body(as(DemoUsers.COORDINATOR, get(missingUrl)).andExpect(status().isOk()));
        List<String> answeredNames = respondentNames(evaluation);
        for (String name : answeredNames) {
            assertThat(missing).doesNotContain(">" + name + "<");
        }
        assertThat(missing)
                .contains(drammenLeaderName(5))
                .contains(drammenLeaderName(6))
                .contains("Påminnelser på e-post kommer når Samla kan sende e-post.")
                .doesNotContain("Casearbeidet")
                .doesNotContain("Trygg stemning");
        as(DemoUsers.MUNICIPALITY_ADMIN, get(missingUrl)).andExpect(status().isForbidden());
    }

    @Test
    void aNamedEvaluationShowsWhoAnsweredWhatToTheCoordinatorOnly() throws Exception {
        long programme = programmeId(DemoProgrammes.LEVANGER);
        long gathering = gatheringId(DemoProgrammes.LEVANGER, 1);
        String evaluations = "/programmes/" + programme + "/evaluations";
        as(DemoUsers.COORDINATOR, post(evaluations).param("gatheringId", String.valueOf(gathering)))
                .andExpect(status().is3xxRedirection());
        long evaluation =
                jdbc.queryForObject("select id from evaluation where gathering_id = ?", Long.class, gathering);
        String url = evaluations + "/" + evaluation;
        as(DemoUsers.COORDINATOR, post(url).param("version", currentVersion(evaluation)))
                .andExpect(status().is3xxRedirection());
        assertThat(anonymous(evaluation)).isFalse();
        as(DemoUsers.COORDINATOR, post(url + "/status").param("to", "OPEN")).andExpect(status().is3xxRedirection());
        Map<String, Object> levanger = jdbc.queryForMap(
                "select pe.id, pe.email, pe.full_name from participation pa join person pe on pe.id = pa.person_id"
                        + " where pa.programme_id = ? and pa.left_on is null order by pe.id limit 1",
                programme);
        mvc.perform(post("/evaluations/" + evaluation)
                        .with(leader((String) levanger.get("email")))
                        .with(csrf())
                        .param("score", "5")
                        .param("wentWell", "Navngitt svar"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select person_id from evaluation_answer where evaluation_id = ?", Long.class, evaluation))
                .isEqualTo(levanger.get("id"));
        // one answer is shown, with the name, because the evaluation is not anonymous
        assertThat(body(as(DemoUsers.COORDINATOR, get(url + "/results")).andExpect(status().isOk())))
                .contains("Navngitt svar")
                .contains((String) levanger.get("full_name"));
    }

    @Test
    void resultsAndOverviewRunABoundedNumberOfQueries() throws Exception {
        long evaluation = evaluationId(DemoProgrammes.DRAMMEN_SCHOOL, 3);
        String results = resultsUrl(DemoProgrammes.DRAMMEN_SCHOOL, 3);
        String overview = "/programmes/" + programmeId(DemoProgrammes.DRAMMEN_SCHOOL) + "/evaluations";
        answerAs(evaluation, drammenLeader(5), "Svar over terskelen");
        as(DemoUsers.COORDINATOR, get(results)).andExpect(status().isOk());
        long resultsBefore = queries.countDuring(() -> as(DemoUsers.COORDINATOR, get(results)));
        long overviewBefore = queries.countDuring(() -> as(DemoUsers.COORDINATOR, get(overview)));
        long homeBefore = queries.countDuring(() -> as(DemoUsers.LEADER, get("/")));
        answerAs(evaluation, drammenLeader(6), "Enda et svar");
        long resultsAfter = queries.countDuring(() -> as(DemoUsers.COORDINATOR, get(results)));
        long overviewAfter = queries.countDuring(() -> as(DemoUsers.COORDINATOR, get(overview)));
        long homeAfter = queries.countDuring(() -> as(DemoUsers.LEADER, get("/")));
        System.out.printf(
                "Evaluation queries: results %d -> %d, overview %d -> %d, leader's start page %d -> %d%n",
                resultsBefore, resultsAfter, overviewBefore, overviewAfter, homeBefore, homeAfter);
        assertThat(resultsAfter).isEqualTo(resultsBefore).isLessThanOrEqualTo(15);
        assertThat(overviewAfter).isEqualTo(overviewBefore).isLessThanOrEqualTo(12);
        assertThat(homeAfter).isEqualTo(homeBefore);
    }

    // ---- helpers ----

    private void answerAs(long evaluation, String email, String text) throws Exception {
        mvc.perform(post("/evaluations/" + evaluation)
                        .with(leader(email))
                        .with(csrf())
                        .param("score", "3")
                        .param("wentWell", text))
                .andExpect(status().is3xxRedirection());
    }

    private List<String> xlsxCells(String url) throws Exception {
        List<String> cells = new ArrayList<>();
        byte[] file = as(DemoUsers.COORDINATOR, get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.forEach(cell -> cells.add(cell == null ? "" : cell.getText()));
                }
            }
        }
        return cells;
    }

    private List<List<String>> xlsxSheet(String url, int index) throws Exception {
        byte[] file = as(DemoUsers.COORDINATOR, get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet(index).orElseThrow();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell == null ? "" : cell.getText()));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions as(DemoUsers user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf()));
    }

    private RequestPostProcessor leader(String email) {
        return user(accounts.loadUser(email).orElseThrow());
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The Drammen school's participants in the order the demo enrolled them. */
    private List<Map<String, Object>> drammenLeaders() {
        return jdbc.queryForList(
                "select pe.email, pe.full_name from participation pa join person pe on pe.id = pa.person_id"
                        + " join participation_role r on r.participation_id = pa.id join programme p on p.id = pa.programme_id"
                        + " where p.name = ? and r.role = 'PARTICIPANT' and pa.left_on is null order by pa.id",
                DemoProgrammes.DRAMMEN_SCHOOL);
    }

    private String drammenLeader(int index) {
        return (String) drammenLeaders().get(index).get("email");
    }

    private String drammenLeaderName(int index) {
        return (String) drammenLeaders().get(index).get("full_name");
    }

    private List<String> respondentNames(long evaluation) {
        return jdbc.queryForList(
                "select pe.full_name from evaluation_respondent r join person pe on pe.id = r.person_id"
                        + " where r.evaluation_id = ?",
                String.class,
                evaluation);
    }

    private long answers(long evaluation) {
        return jdbc.queryForObject(
                "select count(*) from evaluation_answer where evaluation_id = ?", Long.class, evaluation);
    }

    private long respondents(long evaluation) {
        return jdbc.queryForObject(
                "select count(*) from evaluation_respondent where evaluation_id = ?", Long.class, evaluation);
    }

    private boolean anonymous(long evaluation) {
        return jdbc.queryForObject("select anonymous from evaluation where id = ?", Boolean.class, evaluation);
    }

    private String currentVersion(long evaluation) {
        return String.valueOf(
                jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluation));
    }

    private long activeParticipants(String programme) {
        return jdbc.queryForObject(
                "select count(*) from participation pa join participation_role r on r.participation_id = pa.id"
                        + " join programme p on p.id = pa.programme_id where p.name = ? and r.role = 'PARTICIPANT'"
                        + " and pa.left_on is null",
                Long.class,
                programme);
    }

    private long programmeId(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }

    private long gatheringId(String programme, int number) {
        return jdbc.queryForObject(
                "select g.id from gathering g join programme p on p.id = g.programme_id where p.name = ? and g.number = ?",
                Long.class,
                programme,
                number);
    }

    private long evaluationId(String programme, Integer gatheringNumber) {
        return no.samla.system.security.RouteAccessTable.DemoIds.from(jdbc).evaluationId(programme, gatheringNumber);
    }

    private String evaluationUrl(String programme, int gatheringNumber) {
        return "/programmes/" + programmeId(programme) + "/evaluations/" + evaluationId(programme, gatheringNumber);
    }

    private String resultsUrl(String programme, int gatheringNumber) {
        return evaluationUrl(programme, gatheringNumber) + "/results";
    }
}
