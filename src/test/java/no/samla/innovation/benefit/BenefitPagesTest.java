package no.samla.innovation.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Benefits as the case's team, the coordinators and the readers use them: access per role, the refusals next to the
 * fields, stale edits, measurements and whose they are, the overdue flag, the chart with its text and table, the
 * demo's four kinds of benefit, and bounded queries. Benefits made here are on Kari Nordmann's case, named
 * "Testgevinst ...", and removed after each test.
 */
@SamlaTest
class BenefitPagesTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String KARIS_CASE = "Kortere ventetid på barnehageplass";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Benefits benefits;

    @Autowired
    QueryCounter queries;

    long caseId;
    long school;
    String base;
    LocalDate today;
    SamlaUser kari;
    SamlaUser marte;

    @BeforeEach
    void demo() {
        school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        caseId = jdbc.queryForObject(
                "select id from innovation_case where programme_id = ? and title = ?", Long.class, school, KARIS_CASE);
        base = "/innovation-cases/" + caseId + "/benefits";
        today = LocalDate.now(OSLO);
        kari = accounts.loadUser(DemoAccounts.LEADER_DRAMMEN).orElseThrow();
        marte = accounts.loadUser(DemoAccounts.COORDINATOR_FJORD).orElseThrow();
    }

    @AfterEach
    void removeWhatTheTestMade() {
        jdbc.update("delete from innovation_benefit where title like 'Testgevinst%'");
    }

    @Test
    void theDemoHasABenefitOnTrackOneBehindOneOverdueAndOneAchieved() throws Exception {
        String schoolOverview = body(as(DemoUsers.COORDINATOR, get("/innovation/" + school + "/benefits"))
                .andExpect(status().isOk()));
        assertThat(schoolOverview)
                .contains("Kortere svartid på søknader")
                .contains("Status: i rute")
                .contains("Lavere sykefravær")
                .contains("Status: bak planen");
        long innlandet = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.INNLANDET_INNOVATION);
        String innlandetOverview = body(as(DemoUsers.ADMIN, get("/innovation/" + innlandet + "/benefits"))
                .andExpect(status().isOk()));
        assertThat(innlandetOverview)
                .contains("Kortere tid fra ankomst til triage")
                .contains("Måling forsinket")
                .contains("Mindre tid til vikarinnleie")
                .contains("Status: nådd");
        assertThat(body(as(DemoUsers.LEADER, get("/innovation-cases/" + caseId)).andExpect(status().isOk())))
                .contains("id=\"benefits\"")
                .contains("Kortere svartid på søknader")
                .contains("Status: i rute")
                .contains(base + "/new");
    }

    @Test
    void theOverviewIsFilteredByMunicipalityAndAMunicipalityAdminSeesOnlyTheirOwn() throws Exception {
        long innlandet = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.INNLANDET_INNOVATION);
        String overview = "/innovation/" + innlandet + "/benefits";
        long stange = jdbc.queryForObject("select id from municipality where number = '3413'", Long.class);
        List<String> stanges = titles(innlandet, stange, true);
        List<String> others = titles(innlandet, stange, false);
        assertThat(stanges).contains("Kortere tid fra ankomst til triage");
        assertThat(others).isNotEmpty();
        String filtered =
                body(as(DemoUsers.COORDINATOR_OTHER, get(overview).param("municipality", String.valueOf(stange)))
                        .andExpect(status().isOk()));
        stanges.forEach(title -> assertThat(filtered).contains(title));
        others.forEach(title -> assertThat(filtered).doesNotContain(title));
        long ringsaker = jdbc.queryForObject("select id from municipality where number = '3411'", Long.class);
        String scoped = body(
                as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get(overview).param("municipality", String.valueOf(ringsaker)))
                        .andExpect(status().isOk()));
        stanges.forEach(title -> assertThat(scoped).contains(title));
        others.forEach(title -> assertThat(scoped).doesNotContain(title));
        as(DemoUsers.MUNICIPALITY_ADMIN, get(overview)).andExpect(status().isNotFound());
    }

    @Test
    void theTeamAddsABenefitAndItShowsOnTheCaseAndItsPage() throws Exception {
        as(DemoUsers.LEADER, create("Testgevinst færre telefoner", today.minusMonths(1), today.plusYears(1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "benefit.created"));
        long id = benefitId("Testgevinst færre telefoner");
        assertThat(body(as(DemoUsers.MUNICIPALITY_ADMIN, get("/innovation-cases/" + caseId))))
                .contains("Testgevinst færre telefoner")
                .contains("Status: ingen målinger")
                .doesNotContain(base + "/new");
        String page =
                body(as(DemoUsers.MUNICIPALITY_ADMIN, get(base + "/" + id)).andExpect(status().isOk()));
        assertThat(page)
                .contains("Telefoner per uke")
                .contains("(lavere er bedre)")
                .doesNotContain(base + "/" + id + "/edit");
    }

    @Test
    void accessIsCheckedBeforeTheInputAndOutsidersFindNothing() throws Exception {
        long id = benefits.create(kari, caseId, data("Testgevinst tilgang", today.minusMonths(2), today.plusYears(1)));
        long measurement = benefits.record(kari, caseId, id, new MeasurementData(today, new BigDecimal("150"), null));
        String benefit = base + "/" + id;
        List<MockHttpServletRequestBuilder> routes = List.of(
                get(benefit),
                get(base + "/new"),
                post(base + "/new").param("title", ""),
                get(benefit + "/edit"),
                post(benefit + "/edit").param("title", ""),
                post(benefit + "/delete").param("confirm", "true"),
                get(benefit + "/measurements/new"),
                post(benefit + "/measurements/new").param("value", "x"),
                get(benefit + "/measurements/" + measurement + "/edit"),
                post(benefit + "/measurements/" + measurement + "/edit").param("value", "x"),
                post(benefit + "/measurements/" + measurement + "/delete"));
        for (MockHttpServletRequestBuilder route : routes) {
            for (DemoUsers outsider : List.of(
                    DemoUsers.COORDINATOR_OTHER,
                    DemoUsers.MUNICIPALITY_ADMIN_OTHER,
                    DemoUsers.LEADER_OTHER_MUNICIPALITY)) {
                as(outsider, route).andExpect(status().isNotFound());
            }
        }
        // Drammen's admin reads but changes nothing, even with a bad form.
        as(DemoUsers.MUNICIPALITY_ADMIN, get(benefit)).andExpect(status().isOk());
        as(DemoUsers.MUNICIPALITY_ADMIN, post(base + "/new").param("title", "")).andExpect(status().isForbidden());
        as(DemoUsers.MUNICIPALITY_ADMIN, post(benefit + "/delete").param("confirm", "true"))
                .andExpect(status().isForbidden());
        // A benefit is found only under its own case.
        long other = jdbc.queryForObject(
                "select id from innovation_case where programme_id = ? and title = ?",
                Long.class,
                school,
                "Lavterskel trening for seniorer");
        as(DemoUsers.COORDINATOR, get("/innovation-cases/" + other + "/benefits/" + id))
                .andExpect(status().isNotFound());
        assertThat(count("Testgevinst tilgang")).isEqualTo(1);
    }

    @Test
    void aTargetDateBeforeTheBaselineDateIsRefusedNextToTheFieldWithTheInputKept() throws Exception {
        String page = body(as(DemoUsers.LEADER, create("Testgevinst baklengs", today, today.minusDays(1)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("Måldatoen kan ikke være før datoen for utgangsverdien.")
                .contains("id=\"targetDate-error\"")
                .contains("aria-describedby=\"targetDate-hint targetDate-error\"")
                .contains("value=\"Testgevinst baklengs\"");
        assertThat(count("Testgevinst baklengs")).isZero();

        String same = body(as(
                        DemoUsers.LEADER,
                        create(
                                "Testgevinst flat",
                                today,
                                today.plusYears(1),
                                "targetValue",
                                "200",
                                "baselineValue",
                                "abc"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(same)
                .contains("Skriv et tall, for eksempel 12 500 eller 4,5.")
                .contains("value=\"abc\"");
        as(DemoUsers.LEADER, create("Testgevinst flat", today, today.plusYears(1), "targetValue", "200"))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("Testgevinst flat")).isZero();
        // The facade refuses too.
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> benefits.create(kari, caseId, data("Testgevinst baklengs", today, today.minusDays(1))))
                .isInstanceOf(no.samla.system.FieldConflictException.class);
    }

    @Test
    void anOwnerOutsideTheTeamAndTheStaffIsRefused() throws Exception {
        long outsider = jdbc.queryForObject(
                "select id from person where lower(email) = lower(?)", Long.class, DemoAccounts.LEADER_STANGE);
        assertThat(body(as(
                                DemoUsers.LEADER,
                                create(
                                        "Testgevinst eier",
                                        today,
                                        today.plusYears(1),
                                        "ownerPersonId",
                                        String.valueOf(outsider)))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Velg en gevinsteier fra listen.");
        as(
                        DemoUsers.LEADER,
                        create("Testgevinst eier", today, today.plusYears(1))
                                .param("ownerPersonId", String.valueOf(marte.personId())))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aStaleEditIsRefusedWith409AndKeepsTheInput() throws Exception {
        long id = benefits.create(kari, caseId, data("Testgevinst utdatert", today.minusMonths(2), today.plusYears(1)));
        String form = body(as(DemoUsers.LEADER, get(base + "/" + id + "/edit")).andExpect(status().isOk()));
        assertThat(form).contains("name=\"version\" value=\"0\"").contains("value=\"200\"");
        as(DemoUsers.COORDINATOR, edit(id, "Testgevinst utdatert", "120", 0)).andExpect(status().is3xxRedirection());
        String stale = body(as(DemoUsers.LEADER, edit(id, "Testgevinst utdatert, mitt forslag", "110", 0))
                .andExpect(status().isConflict()));
        assertThat(stale)
                .contains("value=\"Testgevinst utdatert, mitt forslag\"")
                .contains("value=\"110\"")
                .contains("name=\"version\" value=\"1\"");
        assertThat(jdbc.queryForObject(
                        "select target_value from innovation_benefit where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("120");
        as(DemoUsers.LEADER, edit(id, "Testgevinst utdatert, mitt forslag", "110", 1))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select target_value from innovation_benefit where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("110");
    }

    @Test
    void measurementsAreRefusedBeforeTheBaselineInTheFutureAndWhenNoNumber() throws Exception {
        long id = benefits.create(kari, caseId, data("Testgevinst målt", today.minusMonths(2), today.plusYears(1)));
        String measurements = base + "/" + id + "/measurements/new";
        assertThat(body(as(DemoUsers.LEADER, measure(measurements, today.minusMonths(3), "180"))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Målingen kan ikke være før datoen for utgangsverdien.")
                .contains("id=\"measuredOn-error\"")
                .contains("value=\"180\"");
        assertThat(body(as(DemoUsers.LEADER, measure(measurements, today.plusDays(1), "180"))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Datoen kan ikke være frem i tid.");
        assertThat(body(as(DemoUsers.LEADER, measure(measurements, today, "mange"))
                        .andExpect(status().isUnprocessableContent())))
                .contains("id=\"value-error\"");
        assertThat(measurementCount(id)).isZero();
        as(DemoUsers.LEADER, measure(measurements, today, "1 180,5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "benefit.measurement.recorded"));
        assertThat(jdbc.queryForObject(
                        "select measured_value from innovation_benefit_measurement where benefit_id = ?",
                        BigDecimal.class,
                        id))
                .isEqualByComparingTo("1180.5");
    }

    @Test
    void aMeasurementIsChangedByWhoeverRecordedItAndByTheCoordinators() throws Exception {
        long id = benefits.create(kari, caseId, data("Testgevinst egne", today.minusMonths(2), today.plusYears(1)));
        long karis =
                benefits.record(kari, caseId, id, new MeasurementData(today.minusDays(5), new BigDecimal("190"), null));
        long martes = benefits.record(marte, caseId, id, new MeasurementData(today, new BigDecimal("185"), null));
        String measurements = base + "/" + id + "/measurements/";
        String page = body(as(DemoUsers.LEADER, get(base + "/" + id)));
        assertThat(page).contains(measurements + karis + "/edit").doesNotContain(measurements + martes + "/edit");
        as(DemoUsers.LEADER, get(measurements + martes + "/edit")).andExpect(status().isForbidden());
        as(DemoUsers.LEADER, post(measurements + martes + "/delete")).andExpect(status().isForbidden());
        as(DemoUsers.LEADER, measure(measurements + karis + "/edit", today.minusDays(4), "188"))
                .andExpect(status().is3xxRedirection());
        as(DemoUsers.LEADER, measure(measurements + karis + "/edit", today.minusDays(4), "187"))
                .andExpect(status().isConflict());
        as(DemoUsers.COORDINATOR, post(measurements + karis + "/delete")).andExpect(status().is3xxRedirection());
        assertThat(measurementCount(id)).isEqualTo(1);
    }

    @Test
    void anOverdueMeasurementIsFlaggedInWordsUntilItIsMeasured() throws Exception {
        long id =
                benefits.create(kari, caseId, data("Testgevinst forsinket", today.minusMonths(5), today.plusMonths(7)));
        // Quarterly from five months ago: the first measurement was due two months ago.
        String due = body(as(DemoUsers.COORDINATOR, get(base + "/" + id)).andExpect(status().isOk()));
        assertThat(due).contains("Måling forsinket: skulle vært målt");
        assertThat(body(as(DemoUsers.COORDINATOR, get("/innovation-cases/" + caseId))))
                .contains("Måling forsinket: skulle vært målt");
        benefits.record(kari, caseId, id, new MeasurementData(today, new BigDecimal("150"), null));
        String measured = body(as(DemoUsers.COORDINATOR, get(base + "/" + id)));
        assertThat(measured).doesNotContain("Måling forsinket").contains("Status: i rute");
    }

    @Test
    void theChartIsInlineSvgWithATextSummaryAndATableOfTheSameValues() throws Exception {
        long id = benefits.create(kari, caseId, data("Testgevinst graf", today.minusMonths(3), today.plusMonths(9)));
        benefits.record(kari, caseId, id, new MeasurementData(today.minusMonths(2), new BigDecimal("195"), null));
        benefits.record(kari, caseId, id, new MeasurementData(today, new BigDecimal("120"), "Stor nedgang"));
        String page = body(as(DemoUsers.LEADER, get(base + "/" + id)).andExpect(status().isOk()));
        assertThat(page)
                .contains("<svg")
                .contains("role=\"img\"")
                .contains("aria-labelledby=\"chart-title chart-summary\"")
                .contains("<polyline")
                .contains("id=\"chart-summary\"")
                .contains("Siste måling er 120\u00A0telefoner")
                .contains("av 2 målinger i alt")
                .contains("Status: i rute")
                .contains("<table")
                .contains("Stor nedgang")
                .contains(">195<")
                .doesNotContain("style=");
        assertThat(page.split("<circle", -1)).hasSize(3);
    }

    @Test
    void deletingNeedsTheConfirmation() throws Exception {
        long id = benefits.create(kari, caseId, data("Testgevinst slettes", today.minusMonths(1), today.plusYears(1)));
        benefits.record(kari, caseId, id, new MeasurementData(today, new BigDecimal("190"), null));
        assertThat(body(as(DemoUsers.LEADER, post(base + "/" + id + "/delete"))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Bekreft at gevinsten skal slettes.");
        assertThat(count("Testgevinst slettes")).isEqualTo(1);
        as(DemoUsers.LEADER, post(base + "/" + id + "/delete").param("confirm", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "benefit.deleted"));
        assertThat(count("Testgevinst slettes")).isZero();
        assertThat(measurementCount(id)).isZero();
    }

    @Test
    void theCasePageTheBenefitPageAndTheOverviewRunABoundedNumberOfStatements() throws Exception {
        String casePage = "/innovation-cases/" + caseId;
        String overview = "/innovation/" + school + "/benefits";
        long id =
                benefits.create(kari, caseId, data("Testgevinst telling 1", today.minusMonths(6), today.plusYears(1)));
        benefits.record(kari, caseId, id, new MeasurementData(today.minusMonths(1), new BigDecimal("180"), null));
        long caseBefore =
                queries.countDuring(() -> as(DemoUsers.LEADER, get(casePage)).andExpect(status().isOk()));
        long overviewBefore = queries.countDuring(
                () -> as(DemoUsers.COORDINATOR, get(overview)).andExpect(status().isOk()));
        long pageBefore = queries.countDuring(
                () -> as(DemoUsers.LEADER, get(base + "/" + id)).andExpect(status().isOk()));
        for (int n = 2; n <= 6; n++) {
            long more = benefits.create(
                    n % 2 == 0 ? kari : marte,
                    caseId,
                    data("Testgevinst telling " + n, today.minusMonths(6), today.plusYears(1)));
            for (int month = 5; month >= 0; month--) {
                benefits.record(
                        month % 2 == 0 ? kari : marte,
                        caseId,
                        more,
                        new MeasurementData(today.minusMonths(month), new BigDecimal(190 - month), null));
            }
            benefits.record(
                    n % 2 == 0 ? kari : marte,
                    caseId,
                    id,
                    new MeasurementData(today.minusDays(n), new BigDecimal(170 - n), null));
        }
        long caseAfter =
                queries.countDuring(() -> as(DemoUsers.LEADER, get(casePage)).andExpect(status().isOk()));
        long overviewAfter = queries.countDuring(
                () -> as(DemoUsers.COORDINATOR, get(overview)).andExpect(status().isOk()));
        long pageAfter = queries.countDuring(
                () -> as(DemoUsers.LEADER, get(base + "/" + id)).andExpect(status().isOk()));
        assertThat(caseAfter).isEqualTo(caseBefore);
        assertThat(overviewAfter).isEqualTo(overviewBefore);
        assertThat(pageAfter).isEqualTo(pageBefore);
        assertThat(overviewAfter).isLessThanOrEqualTo(15);
        assertThat(pageAfter).isLessThanOrEqualTo(15);
    }

    private BenefitData data(String title, LocalDate baselineDate, LocalDate targetDate) {
        return new BenefitData(
                title,
                BenefitType.TIME,
                "Telefoner per uke",
                "telefoner",
                new BigDecimal("200"),
                baselineDate,
                new BigDecimal("100"),
                targetDate,
                kari.personId(),
                Frequency.QUARTERLY);
    }

    /** A new benefit's form; pairs of field and value replace the defaults. */
    private MockHttpServletRequestBuilder create(
            String title, LocalDate baselineDate, LocalDate targetDate, String... replaced) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", title);
        fields.put("type", "TIME");
        fields.put("indicator", "Telefoner per uke");
        fields.put("unit", "telefoner");
        fields.put("baselineValue", "200");
        fields.put("baselineDate", baselineDate.toString());
        fields.put("targetValue", "100");
        fields.put("targetDate", targetDate.toString());
        fields.put("ownerPersonId", String.valueOf(kari.personId()));
        fields.put("frequency", "QUARTERLY");
        fields.put("version", "0");
        for (int i = 0; i + 1 < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(base + "/new");
        fields.forEach((field, value) -> request.param(field, value));
        return request;
    }

    private MockHttpServletRequestBuilder edit(long id, String title, String target, long version) {
        return post(base + "/" + id + "/edit")
                .param("title", title)
                .param("type", "TIME")
                .param("indicator", "Telefoner per uke")
                .param("unit", "telefoner")
                .param("baselineValue", "200")
                .param("baselineDate", today.minusMonths(2).toString())
                .param("targetValue", target)
                .param("targetDate", today.plusYears(1).toString())
                .param("ownerPersonId", String.valueOf(kari.personId()))
                .param("frequency", "QUARTERLY")
                .param("version", String.valueOf(version));
    }

    /** A measurement form sent with version 0: a new one, or an edit of one not changed since it was recorded. */
    private MockHttpServletRequestBuilder measure(String url, LocalDate on, String value) {
        return post(url)
                .param("measuredOn", on.toString())
                .param("value", value)
                .param("comment", "")
                .param("version", "0");
    }

    /** The titles of the programme's benefits whose case is (or is not) in the municipality. */
    private List<String> titles(long programmeId, long municipalityId, boolean in) {
        return jdbc.queryForList(
                "select b.title from innovation_benefit b join innovation_case c on c.id = b.case_id"
                        + " where c.programme_id = ? and (c.municipality_id = ?) = ?",
                String.class,
                programmeId,
                municipalityId,
                in);
    }

    private long benefitId(String title) {
        return jdbc.queryForObject("select id from innovation_benefit where title = ?", Long.class, title);
    }

    private int count(String title) {
        return jdbc.queryForObject("select count(*) from innovation_benefit where title = ?", Integer.class, title);
    }

    private int measurementCount(long benefitId) {
        return jdbc.queryForObject(
                "select count(*) from innovation_benefit_measurement where benefit_id = ?", Integer.class, benefitId);
    }

    private ResultActions as(DemoUsers user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf()));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
