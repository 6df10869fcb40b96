package no.samla.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.report.ReportContributor;
import no.samla.report.ReportScope;
import no.samla.report.ReportSection;
import no.samla.report.ReportTable;
import no.samla.support.DemoUsers;
import no.samla.support.InjectedFailure;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's before and after rounds give results with change and intervals, and Ringsaker's two respondents stay
 * hidden on the page, in the CSV file and in the report; leaders answer a round once, all or nothing; the pages run a
 * bounded number of statements whatever the number of respondents.
 */
@SamlaTest
class SurveyFlowTest {

    private static final String HIDDEN = "For få svar til å vise (minst 3)";
    private static final String PROTECTING =
            "Skjult fordi en mindre gruppe ellers kunne regnes ut fra tallene for hele programmet";
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

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

    private SurveyTestData demo;

    @BeforeEach
    void findTheDemoData() {
        demo = new SurveyTestData(jdbc, transactions);
    }

    @Autowired
    Surveys surveys;

    @Autowired
    List<ReportContributor> contributors;

    @Test
    void theResultsShowChangeWithIntervalsAndHideAMunicipalityWithTwoRespondents() throws Exception {
        long programme = demo.programmeId(DemoProgrammes.INNLANDET_INNOVATION);
        long survey = demo.surveyId(DemoProgrammes.INNLANDET_INNOVATION, "TEN_FACTOR");
        MockHttpServletResponse response = perform(
                DemoUsers.COORDINATOR_OTHER, get("/programmes/" + programme + "/surveys/" + survey + "/results"));
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(text(response));
        assertThat(page.text()).contains("parvis t-intervall");

        Element whole = group(page, "Hele programmet");
        assertThat(whole.text())
                .contains("Antall som svarte: 8")
                .contains("Mestringsorientert ledelse: fra")
                .contains("8 par. Klar økning")
                .contains("95 % KI");
        // the improving factors are clear, the others are not
        assertThat(sentence(whole, "Rolleklarhet")).contains("Klar økning");
        assertThat(sentence(whole, "Mestringsklima")).contains("Klar økning");
        assertThat(sentence(whole, "Oppgavemotivasjon")).contains("Ingen sikker endring");

        Element ringsaker = group(page, "Ringsaker");
        assertThat(ringsaker.text()).contains(HIDDEN);
        assertNothingShown(ringsaker);
        // Stange's six are enough, but the whole programme less Stange would give Ringsaker's two
        Element stange = group(page, "Stange");
        assertThat(stange.text()).contains(PROTECTING);
        assertNothingShown(stange);
    }

    @Test
    void aMunicipalityWithEnoughAnswersIsShown() {
        long programme = demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long survey = demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "SELF_ASSESSMENT");
        Document page = Jsoup.parse(text(perform(
                DemoUsers.MUNICIPALITY_ADMIN, get("/programmes/" + programme + "/surveys/" + survey + "/results"))));
        Element drammen = group(page, "Drammen");
        assertThat(drammen.text())
                .contains("Antall som svarte: 8")
                .contains("Relasjon: fra")
                .contains("8 par. Klar økning");
        assertThat(sentence(drammen, "Oppgave og struktur")).contains("Ingen sikker endring");
        assertThat(page.text()).doesNotContain("Hele programmet");
    }

    /** Outside a test transaction, as a browser gets it: the page reads the factors after the service returned. */
    @Test
    void theEditPagesOfTheDemoSurveysRenderWithTheirFactors() {
        long programme = demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        String selfAssessment = text(perform(
                DemoUsers.COORDINATOR,
                get("/programmes/" + programme + "/surveys/"
                        + demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "SELF_ASSESSMENT"))));
        assertThat(selfAssessment).contains("Relasjon");
        String expectations = text(perform(
                DemoUsers.COORDINATOR,
                get("/programmes/" + programme + "/surveys/"
                        + demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "EXPECTATIONS"))));
        assertThat(expectations).contains("<h1");
    }

    @Test
    void theCoordinatorReadsTheExpectationsWithoutNamesAndTheMunicipalityAdminDoesNot() {
        long programme = demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long survey = demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "EXPECTATIONS");
        String url = "/programmes/" + programme + "/surveys/" + survey + "/results";
        Document page = Jsoup.parse(text(perform(DemoUsers.COORDINATOR, get(url))));
        Element texts = page.getElementById("texts-heading").parent();
        List<String> first = texts.select("ul").first().select("li").eachText();
        assertThat(first)
                .containsExactly(
                        "Hjelp til å gi tydelige tilbakemeldinger uten å miste relasjonen.",
                        "Tid til å tenke høyt sammen med andre ledere.",
                        "Verktøy for å lede endring når budsjettet strammes inn.");
        assertThat(texts.text()).doesNotContain("Åse").doesNotContain("Ivar").doesNotContain("Dag");
        assertThat(text(perform(DemoUsers.MUNICIPALITY_ADMIN, get(url))))
                .doesNotContain("Tid til å tenke høyt sammen med andre ledere.");
    }

    @Test
    void theCsvFileHidesTheSmallMunicipalityToo() throws Exception {
        long programme = demo.programmeId(DemoProgrammes.INNLANDET_INNOVATION);
        long survey = demo.surveyId(DemoProgrammes.INNLANDET_INNOVATION, "TEN_FACTOR");
        MockHttpServletResponse response = perform(
                DemoUsers.COORDINATOR_OTHER, get("/programmes/" + programme + "/surveys/" + survey + "/results.csv"));
        assertThat(response.getStatus()).isEqualTo(200);
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> municipalities = csv.lines()
                .filter(line -> line.startsWith("Ringsaker;") || line.startsWith("Stange;"))
                .toList();
        assertThat(municipalities).hasSizeGreaterThan(20);
        for (String line : municipalities) {
            String[] cells = line.split(";", -1);
            assertThat(cells[cells.length - 1]).as(line).isIn(HIDDEN, PROTECTING);
            assertThat(cells.length).as(line).isLessThanOrEqualTo(4);
        }
        assertThat(csv.lines()
                        .filter(line -> line.startsWith("Hele programmet;"))
                        .anyMatch(line -> line.contains(";8;")))
                .isTrue();
    }

    @Test
    void aMunicipalityAdminSeesOnlyTheirOwnMunicipality() throws Exception {
        long programme = demo.programmeId(DemoProgrammes.INNLANDET_INNOVATION);
        long survey = demo.surveyId(DemoProgrammes.INNLANDET_INNOVATION, "TEN_FACTOR");
        String page = text(perform(
                DemoUsers.MUNICIPALITY_ADMIN_OTHER,
                get("/programmes/" + programme + "/surveys/" + survey + "/results")));
        assertThat(page).contains("Stange").doesNotContain("Ringsaker").doesNotContain("Hele programmet");
    }

    @Test
    void theReportSectionHidesTheSmallMunicipality() {
        long programme = demo.programmeId(DemoProgrammes.INNLANDET_INNOVATION);
        ReportSection whole = surveySection(ReportScope.programme(programme)).orElseThrow();
        assertThat(whole.tables()).hasSize(1);
        assertThat(whole.tables().get(0).rows()).hasSize(10);
        assertThat(String.join(" ", whole.summary())).contains("Klar økning").contains("parvis t-intervall");

        ReportSection ringsaker = surveySection(ReportScope.municipality(programme, demo.municipalityId("3411")))
                .orElseThrow();
        for (ReportTable table : ringsaker.tables()) {
            for (List<String> row : table.rows()) {
                assertThat(row.subList(1, row.size())).containsExactly(HIDDEN, "", "", "");
            }
        }
        assertThat(String.join(" ", ringsaker.summary())).doesNotContain("par.");

        ReportSection stange = surveySection(ReportScope.municipality(programme, demo.municipalityId("3413")))
                .orElseThrow();
        assertThat(stange.tables().get(0).rows().get(0).get(1)).isEqualTo(PROTECTING);

        long school = demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        ReportSection drammen = surveySection(ReportScope.municipality(school, demo.municipalityId("3301")))
                .orElseThrow();
        assertThat(drammen.tables().get(0).rows().get(2).get(4)).isEqualTo("8");
        assertThat(drammen.tables().get(0).rows().get(2).get(3)).contains("95 % KI");
    }

    @Test
    void aLeaderAnswersOnceAllOrNothing() {
        long round = openExpectationsRound();
        long survey = demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "EXPECTATIONS");
        List<Long> questions = jdbc.queryForList(
                "select id from survey_question where survey_id = ? order by position", Long.class, survey);
        demo.inRolledBackTransaction(() -> {
            MockHttpServletResponse form = perform(DemoUsers.LEADER, get("/surveys/rounds/" + round));
            assertThat(form.getStatus()).isEqualTo(200);
            // the first question is required: nothing is saved, the other answer comes back, the error is at the field
            MockHttpServletResponse missing = perform(
                    DemoUsers.LEADER,
                    post("/surveys/rounds/" + round).param("answers[" + questions.get(1) + "]", "Et eget nettverk"));
            assertThat(missing.getStatus()).isEqualTo(422);
            Document page = Jsoup.parse(text(missing));
            Element error = page.getElementById("answers[" + questions.get(0) + "]-error");
            assertThat(error).isNotNull();
            assertThat(error.text()).isEqualTo("Svar på dette spørsmålet.");
            assertThat(page.getElementById("answers[" + questions.get(1) + "]").text())
                    .isEqualTo("Et eget nettverk");
            assertThat(responses(round)).isEqualTo(3);

            MockHttpServletResponse saved = perform(
                    DemoUsers.LEADER,
                    post("/surveys/rounds/" + round)
                            .param("answers[" + questions.get(0) + "]", "Tid til refleksjon")
                            .param("answers[" + questions.get(1) + "]", "Et eget nettverk"));
            assertThat(saved.getStatus()).isEqualTo(302);
            assertThat(responses(round)).isEqualTo(4);

            MockHttpServletResponse again = perform(
                    DemoUsers.LEADER,
                    post("/surveys/rounds/" + round).param("answers[" + questions.get(0) + "]", "Noe helt annet"));
            assertThat(again.getStatus()).isEqualTo(409);
            assertThat(text(again)).contains("Du har allerede sendt svar på denne runden.");
            assertThat(responses(round)).isEqualTo(4);
            assertThat(jdbc.queryForObject(
                            "select count(*) from survey_answer where text = 'Noe helt annet'", Long.class))
                    .isZero();
            // a colleague from another municipality does not find the round
            assertThat(perform(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/surveys/rounds/" + round))
                            .getStatus())
                    .isEqualTo(404);
            return null;
        });
    }

    @Test
    void aFailureHalfwayThroughTheAnswersLeavesNoResponse() {
        long round = openExpectationsRound();
        List<Long> questions = questionOrder(demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "EXPECTATIONS"));
        long before = responses(round);

        try (InjectedFailure failure = InjectedFailure.onSecondInsertInto(jdbc, "survey_answer")) {
            assertThatThrownBy(() -> perform(
                            DemoUsers.LEADER,
                            post("/surveys/rounds/" + round)
                                    .param("answers[" + questions.get(0) + "]", "Svar før feilen")
                                    .param("answers[" + questions.get(1) + "]", "Svar som feilet")))
                    .hasStackTraceContaining("injected failure on row 2 of survey_answer");
        }

        assertThat(responses(round)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where text = 'Svar før feilen'", Long.class))
                .isZero();
    }

    @Test
    void aClosedRoundIsRefused() {
        long programme = demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long survey = demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "EXPECTATIONS");
        long question =
                jdbc.queryForObject("select min(id) from survey_question where survey_id = ?", Long.class, survey);
        demo.inRolledBackTransaction(() -> {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
            SurveyRound closed =
                    surveys.addRound(programme, survey, RoundKind.OTHER, today.minusDays(30), today.minusDays(10));
            MockHttpServletResponse response = perform(
                    DemoUsers.LEADER,
                    post("/surveys/rounds/" + closed.getId()).param("answers[" + question + "]", "Sent svar"));
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(text(response)).contains("Runden er ikke åpen");
            assertThat(responses(closed.getId())).isZero();
            return null;
        });
    }

    @Test
    void theCoordinatorBuildsASurveyAndItLocksOnceAnswered() {
        long programme = demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        String surveysUrl = "/programmes/" + programme + "/surveys";
        demo.inRolledBackTransaction(() -> {
            MockHttpServletResponse created =
                    perform(DemoUsers.COORDINATOR, post(surveysUrl).param("instrument", "TEN_FACTOR"));
            assertThat(created.getStatus()).isEqualTo(302);
            long survey = jdbc.queryForObject(
                    "select max(id) from survey where programme_id = ? and instrument = 'TEN_FACTOR'",
                    Long.class,
                    programme);
            assertThat(jdbc.queryForObject(
                            "select count(*) from survey_factor where survey_id = ?", Long.class, survey))
                    .isEqualTo(10L);
            assertThat(jdbc.queryForList(
                            "select name from survey_factor where survey_id = ? order by position",
                            String.class,
                            survey))
                    .startsWith("Oppgavemotivasjon", "Mestringstro");
            String url = surveysUrl + "/" + survey;
            // a round that closes before it opens is refused next to the field
            MockHttpServletResponse backwards = perform(
                    DemoUsers.COORDINATOR,
                    post(url + "/rounds")
                            .param("roundKind", "BEFORE")
                            .param("opensOn", "2027-01-10")
                            .param("closesOn", "2027-01-05"));
            assertThat(backwards.getStatus()).isEqualTo(422);
            assertThat(Jsoup.parse(text(backwards))
                            .getElementById("closesOn-error")
                            .text())
                    .isEqualTo("Runden må stenge etter at den åpner.");
            // moving the first question down swaps it with the second
            List<Long> order = questionOrder(survey);
            perform(
                    DemoUsers.COORDINATOR,
                    post(url + "/questions/" + order.get(0) + "/move").param("direction", "down"));
            assertThat(questionOrder(survey).subList(0, 2)).containsExactly(order.get(1), order.get(0));
            // a scale question without a factor is refused
            MockHttpServletResponse noFactor = perform(
                    DemoUsers.COORDINATOR,
                    post(url + "/questions")
                            .param("kind", "SCALE")
                            .param("text", "Ny påstand")
                            .param("required", "true"));
            assertThat(noFactor.getStatus()).isEqualTo(422);
            // a question's wording, factor and required flag change; a blank wording keeps what was typed
            long first = questionOrder(survey).get(0);
            long lastFactor = jdbc.queryForObject(
                    "select id from survey_factor where survey_id = ? order by position desc limit 1",
                    Long.class,
                    survey);
            assertThat(perform(DemoUsers.COORDINATOR, get(url + "/questions/" + first))
                            .getStatus())
                    .isEqualTo(200);
            MockHttpServletResponse blank = perform(
                    DemoUsers.COORDINATOR,
                    post(url + "/questions/" + first).param("text", " ").param("factorId", "" + lastFactor));
            assertThat(blank.getStatus()).isEqualTo(422);
            assertThat(Jsoup.parse(text(blank)).getElementById("text-error")).isNotNull();
            MockHttpServletResponse changed = perform(
                    DemoUsers.COORDINATOR,
                    post(url + "/questions/" + first)
                            .param("text", "Jeg vet hva som forventes av meg <i dag>")
                            .param("factorId", "" + lastFactor));
            assertThat(changed.getStatus()).isEqualTo(302);
            assertThat(jdbc.queryForMap("select text, factor_id, required from survey_question where id = ?", first))
                    .containsEntry("text", "Jeg vet hva som forventes av meg <i dag>")
                    .containsEntry("factor_id", lastFactor)
                    .containsEntry("required", false);
            // a question of another survey is not found through this one
            long foreign =
                    jdbc.queryForObject("select min(id) from survey_question where survey_id <> ?", Long.class, survey);
            assertThat(perform(DemoUsers.COORDINATOR, get(url + "/questions/" + foreign))
                            .getStatus())
                    .isEqualTo(404);

            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
            SurveyRound round =
                    surveys.addRound(programme, survey, RoundKind.BEFORE, today.minusDays(1), today.plusDays(5));
            long kari =
                    jdbc.queryForObject("select id from person where email = ?", Long.class, DemoUsers.LEADER.email());
            Map<Long, String> answers = new HashMap<>();
            order.forEach(id -> answers.put(id, "4"));
            surveys.answer(kari, round.getId(), answers);
            MockHttpServletResponse locked =
                    perform(DemoUsers.COORDINATOR, post(url + "/factors").param("name", "Ny faktor"));
            assertThat(locked.getStatus()).isEqualTo(422);
            assertThat(text(locked)).contains("Spørsmålene kan ikke endres fordi en runde allerede har svar.");
            perform(DemoUsers.COORDINATOR, post(url + "/questions/" + order.get(0) + "/delete"));
            assertThat(questionOrder(survey)).hasSize(order.size());
            MockHttpServletResponse lockedChange = perform(
                    DemoUsers.COORDINATOR,
                    post(url + "/questions/" + first).param("text", "For sent").param("factorId", "" + lastFactor));
            assertThat(lockedChange.getStatus()).isEqualTo(422);
            assertThat(jdbc.queryForObject("select text from survey_question where id = ?", String.class, first))
                    .isEqualTo("Jeg vet hva som forventes av meg <i dag>");
            return null;
        });
    }

    @Test
    void aBuiltInIsCopiedInTheLanguageOfTheCoordinatorWhoCreatesIt() {
        long programme = demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        String surveysUrl = "/programmes/" + programme + "/surveys";
        for (Map.Entry<String, String> language :
                Map.of("nn", "Oppgåve og struktur", "en", "Task and structure").entrySet()) {
            demo.inRolledBackTransaction(() -> {
                MockHttpServletResponse created = perform(
                        DemoUsers.COORDINATOR,
                        post(surveysUrl)
                                .param("instrument", "SELF_ASSESSMENT")
                                .cookie(new jakarta.servlet.http.Cookie("samla-lang", language.getKey())));
                assertThat(created.getStatus()).isEqualTo(302);
                long survey =
                        jdbc.queryForObject("select max(id) from survey where programme_id = ?", Long.class, programme);
                assertThat(jdbc.queryForList(
                                "select name from survey_factor where survey_id = ? order by position",
                                String.class,
                                survey))
                        .first()
                        .isEqualTo(language.getValue());
                assertThat(jdbc.queryForObject(
                                "select count(*) from survey_question where survey_id = ?", Long.class, survey))
                        .isEqualTo(12L);
                return null;
            });
        }
    }

    @Test
    void aLeaderSeesTheirOwnAnswersAndChange() throws Exception {
        long survey = demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "SELF_ASSESSMENT");
        MockHttpServletResponse response = perform(DemoUsers.LEADER, get("/surveys/" + survey + "/mine"));
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(text(response));
        assertThat(page.getElementById("own-change-heading")).isNotNull();
        assertThat(page.text()).contains("Relasjon").contains("Oppgave og struktur");
        String list = text(perform(DemoUsers.LEADER, get("/surveys")));
        assertThat(list)
                .contains("Forventninger før første samling")
                .contains("Egenvurdering av lederatferd")
                .contains("href=\"/surveys/rounds/" + openExpectationsRound() + "\"");
        // the open round is on the start page and on the leader's programme page, with its survey, when and a link
        String startPage = text(perform(DemoUsers.LEADER, get("/")));
        String panel = startPage.substring(startPage.indexOf("id=\"my-surveys\""));
        panel = panel.substring(0, panel.indexOf("</section>"));
        assertThat(panel)
                .contains("id=\"panel-surveys-heading\"")
                .contains("Forventninger før første samling")
                .contains("Før første samling (")
                .contains("href=\"/surveys/rounds/" + openExpectationsRound() + "\"");
        assertThat(text(perform(
                        DemoUsers.LEADER, get("/my-programme/" + demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL)))))
                .contains("id=\"panel-surveys-heading\"");
    }

    @Test
    void theResultsAndAnswerPagesRunABoundedNumberOfStatements() {
        long programme = demo.programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long survey = demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "SELF_ASSESSMENT");
        String results = "/programmes/" + programme + "/surveys/" + survey + "/results";
        long round = openExpectationsRound();
        demo.inRolledBackTransaction(() -> {
            // once each first, so that what is loaded once per application does not count
            perform(DemoUsers.COORDINATOR, get(results));
            perform(DemoUsers.LEADER, get("/surveys/rounds/" + round));
            perform(DemoUsers.LEADER, get("/surveys"));
            long before = queries.countDuring(() -> assertThat(
                            perform(DemoUsers.COORDINATOR, get(results)).getStatus())
                    .isEqualTo(200));
            long answerBefore =
                    queries.countDuring(() -> assertThat(perform(DemoUsers.LEADER, get("/surveys/rounds/" + round))
                                    .getStatus())
                            .isEqualTo(200));
            long listBefore = queries.countDuring(
                    () -> assertThat(perform(DemoUsers.LEADER, get("/surveys")).getStatus())
                            .isEqualTo(200));
            // the three school leaders who did not answer do so now
            List<SurveyRound> rounds = surveys.roundsOf(survey);
            Survey full = surveys.get(programme, survey);
            List<Long> others = jdbc.queryForList("""
                    select pa.person_id from participation pa join programme p on p.id = pa.programme_id
                      join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                      join person pe on pe.id = pa.person_id
                     where p.name = ? and pa.left_on is null and pe.email like '%@drammen.example'
                     order by pa.id desc limit 3
                    """, Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
            for (long person : others) {
                for (SurveyRound r : rounds) {
                    Map<Long, String> answers = new HashMap<>();
                    full.getQuestions().forEach(q -> answers.put(q.getId(), "3"));
                    surveys.answerOn(r.getOpensOn(), person, r.getId(), answers);
                }
                surveys.answer(person, round, Map.of(firstQuestion(round), "Mer tid"));
            }
            long after = queries.countDuring(() -> assertThat(
                            perform(DemoUsers.COORDINATOR, get(results)).getStatus())
                    .isEqualTo(200));
            long answerAfter =
                    queries.countDuring(() -> assertThat(perform(DemoUsers.LEADER, get("/surveys/rounds/" + round))
                                    .getStatus())
                            .isEqualTo(200));
            long listAfter = queries.countDuring(
                    () -> assertThat(perform(DemoUsers.LEADER, get("/surveys")).getStatus())
                            .isEqualTo(200));
            assertThat(after).isLessThanOrEqualTo(before).isLessThanOrEqualTo(25);
            assertThat(answerAfter).isLessThanOrEqualTo(answerBefore).isLessThanOrEqualTo(25);
            assertThat(listAfter).isLessThanOrEqualTo(listBefore).isLessThanOrEqualTo(25);
            return null;
        });
    }

    private Optional<ReportSection> surveySection(ReportScope scope) {
        List<ReportSection> found = new ArrayList<>();
        for (ReportContributor contributor : contributors) {
            contributor
                    .section(scope, NORWEGIAN)
                    .filter(section -> section.heading().startsWith("Kartlegginger"))
                    .ifPresent(found::add);
        }
        return found.stream().findFirst();
    }

    /** A group's section on the results page, by its heading. */
    private static Element group(Document page, String heading) {
        return page.select("section").stream()
                .filter(section -> !section.select("h2").isEmpty()
                        && section.select("h2").first().text().equals(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No section " + heading));
    }

    private static String sentence(Element group, String factor) {
        return group.select("li").stream()
                .map(Element::text)
                .filter(text -> text.startsWith(factor + ":"))
                .findFirst()
                .orElseThrow();
    }

    /** No count, mean, distribution or interval: only round names and the hidden message. */
    private static void assertNothingShown(Element group) {
        assertThat(group.select("table")).isEmpty();
        assertThat(group.text())
                .doesNotContain("Antall som svarte")
                .doesNotContain("KI")
                .doesNotContain(" par");
        assertThat(group.select("li")).isEmpty();
    }

    private long openExpectationsRound() {
        return jdbc.queryForObject(
                "select min(id) from survey_round where survey_id = ?",
                Long.class,
                demo.surveyId(DemoProgrammes.DRAMMEN_SCHOOL, "EXPECTATIONS"));
    }

    private long firstQuestion(long round) {
        return jdbc.queryForObject(
                "select min(q.id) from survey_question q join survey_round r on r.survey_id = q.survey_id where r.id = ?",
                Long.class,
                round);
    }

    private List<Long> questionOrder(long survey) {
        return jdbc.queryForList(
                "select id from survey_question where survey_id = ? order by position", Long.class, survey);
    }

    private long responses(long round) {
        return jdbc.queryForObject("select count(*) from survey_response where round_id = ?", Long.class, round);
    }

    private MockHttpServletResponse perform(DemoUsers user, MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request.with(user.as(accounts)).with(csrf()))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
