package no.samla.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.samla.dashboard.DashboardAccess.MunicipalityView;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.people.SamlaUser;
import no.samla.report.ReportNumbers;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards as their users meet them: a municipality admin reads attendance and activity that match the data and
 * exports them, nobody gets another municipality's figures, bad filters are refused, a coordinator reminds a leader at
 * risk, the list behind a figure holds exactly the people it counts, no one's text ever shows, and each page runs a
 * bounded number of statements.
 */
@SamlaTest
class DashboardPagesTest {

    static final Locale NB = Locale.forLanguageTag("nb");

    /** What issue-level budget every dashboard page must stay within. */
    static final int STATEMENT_BUDGET = 15;

    /** The budget of a path: an export also writes its row of the audit log, one statement more than the page. */
    static int budget(String path) {
        return STATEMENT_BUDGET + (path.contains("/export.") ? 1 : 0);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueryCounter queries;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DashboardAccess access;

    @Autowired
    MunicipalityDashboards municipalities;

    @Autowired
    LeaderLists leaders;

    @Autowired
    CoordinatorOverviews coordinators;

    @Autowired
    Clock clock;

    long school;
    long innlandet;
    long drammen;
    long stange;
    String dashboard;

    @BeforeEach
    void demo() {
        school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
        innlandet = programme(DemoProgrammes.INNLANDET_INNOVATION);
        drammen = jdbc.queryForObject("select id from municipality where number = '3301'", Long.class);
        stange = jdbc.queryForObject("select id from municipality where number = '3413'", Long.class);
        dashboard = "/dashboards/municipalities/" + drammen;
    }

    @Test
    void municipalityAdminReadsAttendanceAndActivityThatMatchTheData() throws Exception {
        String page = page(DemoUsers.MUNICIPALITY_ADMIN, dashboard);
        assertThat(page)
                .contains("Dashbord for Drammen", DemoProgrammes.DRAMMEN_SCHOOL)
                .contains("Oppmøte per samling", "Logginnlegg per måned", "Innovasjonscaser per fase og helse")
                .contains("Gevinster etter status", "Evalueringer", "Endring i kartlegginger")
                .contains("role=\"img\"", "scope=\"col\"", "scope=\"row\"", "table-responsive")
                .contains("/programmes/" + school + "/report/municipalities/" + drammen + ".pdf")
                // every table downloads, with the programme and period shown
                .contains(dashboard + "/export.xlsx?table=gatherings&amp;programme=" + school + "&amp;from=")
                .doesNotContain("null.xlsx");

        List<Cell> row = schoolRow();
        long participants = participants(school, drammen);
        assertThat(((Cell.Count) row.get(1)).value()).isEqualTo(participants);
        Cell.Percent attendance = (Cell.Percent) row.get(2);
        assertThat(attendance.part()).isEqualTo(present(school, drammen));
        assertThat(attendance.whole()).isEqualTo(heldGatherings(school) * participants);
        Cell.Percent active = (Cell.Percent) row.get(3);
        assertThat(active.part()).isEqualTo(active(school, drammen));
        assertThat(active.whole()).isEqualTo(participants);
        assertThat(page).contains(ReportNumbers.percent(attendance.part(), attendance.whole(), NB));
    }

    @Test
    void theListBehindAFigureHoldsExactlyThePeopleItCounts() throws Exception {
        List<Cell> row = schoolRow();
        Cell.Percent active = (Cell.Percent) row.get(3);
        SamlaUser hilde =
                accounts.loadUser(DemoUsers.MUNICIPALITY_ADMIN.email()).orElseThrow();
        DashboardAccess.ListView view = access.leaders(hilde, school, null);
        assertThat(view.municipalityId()).isEqualTo(drammen);
        assertThat(leaders.build(view, LeaderFilter.ACTIVE, NB).rows()).hasSize((int) active.part());
        assertThat(leaders.build(view, LeaderFilter.INACTIVE, NB).rows())
                .hasSize((int) (active.whole() - active.part()));
        long atRisk = ((Cell.Count) row.get(8)).value();
        assertThat(leaders.build(view, LeaderFilter.AT_RISK, NB).rows()).hasSize((int) atRisk);
        // The figure links to its list, and the list page shows it.
        assertThat(((Cell.Percent) row.get(3)).href()).contains("show=INACTIVE");
        String list = page(DemoUsers.MUNICIPALITY_ADMIN, "/dashboards/programmes/" + school + "/leaders?show=INACTIVE");
        assertThat(list).contains("Deltakere som ikke har skrevet i loggen de siste 30 dagene");
    }

    @Test
    void noOnesTextShowsOnAnyDashboard() throws Exception {
        String text = jdbc.queryForObject("""
                select v.did from log_entry e join log_entry_version v on v.entry_id = e.id
                where e.programme_id = ? and length(v.did) > 20 order by e.id limit 1
                """, String.class, school);
        String fragment = text.strip().substring(0, 20);
        for (String path : List.of(
                dashboard,
                "/dashboards/coordinator",
                "/dashboards/programmes/" + school + "/leaders",
                dashboard + "/export.csv?table=months")) {
            DemoUsers who = path.contains("coordinator") ? DemoUsers.COORDINATOR : DemoUsers.MUNICIPALITY_ADMIN;
            assertThat(page(who, path)).as(path).doesNotContain(fragment);
        }
    }

    @Test
    void theTablesExportAsXlsxAndCsvWithNorwegianFormats() throws Exception {
        RequestPostProcessor hilde = DemoUsers.MUNICIPALITY_ADMIN.as(accounts);
        MvcResult xlsx = mvc.perform(get(dashboard + "/export.xlsx")
                        .param("table", "programmes")
                        .with(hilde))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(xlsx.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("samla-programmes.xlsx");
        List<Cell> expected = schoolRow();
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Programmene kommunen deltar i");
            Row header = null;
            Row school = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && "Program".equals(r.getCell(0).getStringCellValue())) {
                    header = r;
                }
                if (r.getCell(0) != null
                        && DemoProgrammes.DRAMMEN_SCHOOL.equals(r.getCell(0).getStringCellValue())) {
                    school = r;
                }
            }
            assertThat(header).isNotNull();
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Oppmøte samlinger");
            assertThat(school).isNotNull();
            assertThat(school.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) school.getCell(1).getNumericCellValue())
                    .isEqualTo(((Cell.Count) expected.get(1)).value());
            Cell.Percent attendance = (Cell.Percent) expected.get(2);
            assertThat(school.getCell(2).getNumericCellValue())
                    .isCloseTo(attendance.share(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(school.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0%");
        }

        MvcResult csv = mvc.perform(get(dashboard + "/export.csv")
                        .param("table", "gatherings")
                        .param("programme", Long.toString(school))
                        .with(hilde))
                .andExpect(status().isOk())
                .andReturn();
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertThat(body)
                .contains("Samling;Dato;Til stede;Fravær uten gyldig grunn;Meldt forfall;Oppmøte samlinger\r\n");
        LocalDate first = jdbc.queryForObject(
                "select start_date from gathering where programme_id = ? and number = 1", LocalDate.class, school);
        assertThat(body)
                .containsPattern("Samling 1: [^;]*;"
                        + String.format("%02d.%02d.%d", first.getDayOfMonth(), first.getMonthValue(), first.getYear())
                        + ";");
        assertThat(body).containsPattern(";\\d+,\\d %\r\n");
    }

    @Test
    void anotherMunicipalitysIdsGiveNotFoundOnEveryDashboardAndExport() throws Exception {
        String stangeDashboard = "/dashboards/municipalities/" + stange;
        for (String path : List.of(
                stangeDashboard,
                stangeDashboard + "?programme=" + innlandet,
                stangeDashboard + "/export.xlsx?table=programmes",
                stangeDashboard + "/export.csv?table=gatherings&programme=" + innlandet,
                "/dashboards/programmes/" + innlandet + "/leaders",
                "/dashboards/programmes/" + innlandet + "/leaders?municipality=" + stange,
                "/dashboards/programmes/" + innlandet + "/leaders/export.csv?municipality=" + stange,
                "/dashboards/programmes/" + school + "/leaders?municipality=" + stange,
                "/dashboards/programmes/" + school + "/leaders/export.xlsx?municipality=" + stange,
                dashboard + "?programme=" + innlandet)) {
            assertThat(statusOf(DemoUsers.MUNICIPALITY_ADMIN, path)).as(path).isEqualTo(404);
        }
        // Stange's admin finds nothing of Drammen, nor another programme's coordinator.
        for (String path : List.of(
                dashboard,
                dashboard + "/export.csv?table=programmes",
                "/dashboards/programmes/" + school + "/leaders",
                "/dashboards/programmes/" + school + "/leaders/export.csv")) {
            assertThat(statusOf(DemoUsers.MUNICIPALITY_ADMIN_OTHER, path))
                    .as(path)
                    .isEqualTo(404);
            assertThat(statusOf(DemoUsers.COORDINATOR_OTHER, path)).as(path).isEqualTo(404);
        }
        // A coordinator sees a municipality only in the programmes they coordinate.
        assertThat(statusOf(DemoUsers.COORDINATOR, dashboard + "?programme=" + innlandet))
                .isEqualTo(404);
        assertThat(statusOf(DemoUsers.MUNICIPALITY_ADMIN, "/dashboards/coordinator"))
                .isEqualTo(403);
        assertThat(statusOf(DemoUsers.MUNICIPALITY_ADMIN, "/dashboards/admin/export.csv?table=counts"))
                .isEqualTo(403);
    }

    @Test
    void aWrongMonthFilterIsToldBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        String reversed = page(DemoUsers.MUNICIPALITY_ADMIN, dashboard + "?from=2027-05&to=2027-01");
        assertThat(reversed)
                .contains("value=\"2027-05\"")
                .contains("value=\"2027-01\"")
                .contains("aria-describedby=\"to-error\"")
                .contains("id=\"to-error\">Til-måneden kan ikke være før fra-måneden.</div>")
                .doesNotContain("from-error");
        String typed = page(DemoUsers.MUNICIPALITY_ADMIN, dashboard + "?from=mai 2027");
        assertThat(typed)
                .contains("value=\"mai 2027\"")
                .contains("id=\"from-error\">Skriv måneden som år og måned, for eksempel 2027-03.</div>");
        assertThat(page(DemoUsers.ADMIN, "/dashboards/admin?from=2001-01&to=2027-01"))
                .contains("id=\"to-error\">Velg en periode på høyst 60 måneder.</div>");
        assertThat(page(DemoUsers.ADMIN, "/dashboards/admin?from=2027-02-30")).contains("id=\"from-error\"");
        // A right filter shows no message.
        assertThat(page(DemoUsers.MUNICIPALITY_ADMIN, dashboard + "?from=2027-01&to=2027-05"))
                .doesNotContain("-error\"");
        // An export has no field to show a message beside.
        for (String path : List.of(
                dashboard + "/export.csv?table=programmes&from=2027-13",
                dashboard + "/export.csv?table=programmes&from=2027-05&to=2027-01",
                "/dashboards/admin/export.csv?table=counts&from=2001-01&to=2027-01")) {
            DemoUsers who = path.startsWith("/dashboards/admin") ? DemoUsers.ADMIN : DemoUsers.MUNICIPALITY_ADMIN;
            assertThat(statusOf(who, path)).as(path).isEqualTo(400);
        }
    }

    @Test
    void impossibleFiltersAndMalformedIdsAreBadRequestsOrNotFound() throws Exception {
        for (String path : List.of(
                dashboard + "?programme=abc",
                "/dashboards/municipalities/abc",
                "/dashboards/programmes/" + school + "/leaders?show=EVERYONE",
                "/dashboards/programmes/" + school + "/leaders?page=-1",
                "/dashboards/programmes/x/leaders")) {
            assertThat(statusOf(DemoUsers.MUNICIPALITY_ADMIN, path)).as(path).isEqualTo(400);
        }
        for (String path : List.of(
                dashboard + "/export.csv?table=nothing",
                dashboard + "/export.pdf?table=programmes",
                "/dashboards/municipalities/999999999",
                "/dashboards/programmes/999999999/leaders")) {
            assertThat(statusOf(DemoUsers.MUNICIPALITY_ADMIN, path)).as(path).isEqualTo(404);
        }
    }

    @Test
    void aMunicipalityWithoutProgrammesGetsAnEmptyState() throws Exception {
        long quiet = jdbc.queryForObject("""
                select m.id from municipality m
                where not exists (select 1 from programme_municipality pm where pm.municipality_id = m.id)
                order by m.id limit 1
                """, Long.class);
        String page = page(DemoUsers.ADMIN, "/dashboards/municipalities/" + quiet);
        assertThat(page).contains("Kommunen deltar ikke i noe program ennå.").doesNotContain("role=\"img\"");
    }

    @Test
    void coordinatorFindsTheLeadersAtRiskAndRemindsOne() throws Exception {
        String overview = page(DemoUsers.COORDINATOR, "/dashboards/coordinator");
        assertThat(overview)
                .contains("Mine program", "Ledere i faresonen", "Neste 14 dager", DemoProgrammes.DRAMMEN_SCHOOL)
                .doesNotContain(DemoProgrammes.INNLANDET_INNOVATION);
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            try {
                long kari = jdbc.queryForObject(
                        "select id from person where email = ?", Long.class, DemoUsers.LEADER.email());
                // Kari has written lately in the demo; with her entries gone she is at risk.
                jdbc.update("delete from log_entry where person_id = ? and programme_id = ?", kari, school);
                String reminder = "/dashboards/programmes/" + school + "/leaders/" + kari + "/reminder";
                RequestPostProcessor marte = DemoUsers.COORDINATOR.as(accounts);
                mvc.perform(post(reminder).with(csrf()).with(marte))
                        .andExpect(status().is3xxRedirection())
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                                .attribute("flash", "dashboard.reminder.SENT"));
                mvc.perform(post(reminder).with(csrf()).with(marte))
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                                .attribute("flash", "dashboard.reminder.ALREADY_TODAY"));
                List<String> bodies = jdbc.queryForList(
                        "select body_text from notification where kind = 'ACTIVITY_REMINDER' and recipient_person_id = ?",
                        String.class,
                        kari);
                assertThat(bodies).hasSize(1);
                assertThat(bodies.get(0))
                        .contains("Du har ikke skrevet i loggen de siste 30 dagene.")
                        .contains("/my-programme/" + school);
                SamlaUser coordinator =
                        accounts.loadUser(DemoUsers.COORDINATOR.email()).orElseThrow();
                assertThat(coordinators.build(coordinator, NB).atRisk())
                        .contains(new CoordinatorOverviews.AtRisk(school, kari, LocalDate.now(clock)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void everyDashboardRunsABoundedNumberOfStatementsWhateverTheData() throws Exception {
        List<String> paths = List.of(
                dashboard,
                dashboard + "?programme=" + school,
                "/dashboards/coordinator",
                "/dashboards/admin",
                "/dashboards/programmes/" + school + "/leaders?show=AT_RISK",
                dashboard + "/export.xlsx?table=gatherings");
        // Both measurements run inside a rolled-back transaction, so that they share the same conditions; a first
        // visit counts the admin's use per month (a read model refreshed every ten minutes) before either.
        measured(paths, false);
        List<List<String>> before = measured(paths, false);
        for (int i = 0; i < paths.size(); i++) {
            assertThat(before.get(i).size())
                    .as(paths.get(i) + ": " + before.get(i))
                    .isLessThanOrEqualTo(budget(paths.get(i)));
        }
        List<List<String>> after = measured(paths, true);
        for (int i = 0; i < paths.size(); i++) {
            assertThat(after.get(i)).as(paths.get(i)).hasSameSizeAs(before.get(i));
        }
    }

    private List<List<String>> measured(List<String> paths, boolean grown) {
        List<List<String>> statements = new java.util.ArrayList<>();
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            try {
                if (grown) {
                    growTheSchool();
                }
                for (String path : paths) {
                    statements.add(statements(path));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return statements;
    }

    /** Twenty more Drammen leaders in the school, each with entries, attendance and a coaching quota. */
    private void growTheSchool() {
        Long author =
                jdbc.queryForObject("select id from person where email = ?", Long.class, DemoUsers.COORDINATOR.email());
        for (int i = 0; i < 20; i++) {
            Long person = jdbc.queryForObject(
                    "insert into person (full_name, email, municipality_id) values (?, ?, ?) returning id",
                    Long.class,
                    "Vekst Leder " + i,
                    "vekst-" + i + "@drammen.example",
                    drammen);
            Long participation = jdbc.queryForObject(
                    "insert into participation (programme_id, person_id, joined_on) values (?, ?, ?) returning id",
                    Long.class,
                    school,
                    person,
                    LocalDate.now(clock).minusMonths(3));
            jdbc.update(
                    "insert into participation_role (participation_id, role) values (?, 'PARTICIPANT')", participation);
            for (int d = 0; d < 5; d++) {
                jdbc.update("""
                        insert into log_entry (programme_id, person_id, entry_date) values (?, ?, ?)
                        """, school, person, LocalDate.now(clock).minusDays(d * 9L));
            }
            jdbc.update("""
                    insert into attendance (gathering_id, person_id, status, updated_by_person_id)
                    select g.id, ?, 'ABSENT', ? from gathering g where g.programme_id = ? and g.number <= 2
                    """, person, author, school);
        }
    }

    private List<String> statements(String path) throws Exception {
        DemoUsers who = path.contains("/admin")
                ? DemoUsers.ADMIN
                : path.contains("coordinator") ? DemoUsers.COORDINATOR : DemoUsers.MUNICIPALITY_ADMIN;
        RequestPostProcessor session = who.as(accounts);
        return queries.statementsDuring(
                () -> mvc.perform(get(path).with(session)).andExpect(status().isOk()));
    }

    private List<Cell> schoolRow() {
        SamlaUser hilde =
                accounts.loadUser(DemoUsers.MUNICIPALITY_ADMIN.email()).orElseThrow();
        MunicipalityView view = access.municipality(hilde, drammen);
        return municipalities
                .build(view, null, null, null, org.springframework.data.domain.Pageable.unpaged(), NB)
                .table("programmes")
                .rows()
                .stream()
                .filter(r -> r.get(0).display(NB).equals(DemoProgrammes.DRAMMEN_SCHOOL))
                .findFirst()
                .orElseThrow();
    }

    private static final String PARTICIPANTS = """
            select distinct pa.person_id from participation pa
            join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
            join person pe on pe.id = pa.person_id
            where pa.programme_id = ? and pa.left_on is null and pe.municipality_id = ?
            """;

    private long participants(long programme, long municipality) {
        return jdbc.queryForObject(
                "select count(*) from (" + PARTICIPANTS + ") p", Long.class, programme, municipality);
    }

    private long heldGatherings(long programme) {
        return jdbc.queryForObject("""
                select count(*) from gathering g where g.programme_id = ?
                  and (g.start_date + g.start_time <= localtimestamp
                       or exists (select 1 from attendance a where a.gathering_id = g.id))
                """, Long.class, programme);
    }

    private long present(long programme, long municipality) {
        return jdbc.queryForObject(
                "select count(*) from attendance a join gathering g on g.id = a.gathering_id"
                        + " where g.programme_id = ? and a.status = 'PRESENT' and a.person_id in (" + PARTICIPANTS
                        + ")",
                Long.class,
                programme,
                programme,
                municipality);
    }

    private long active(long programme, long municipality) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.queryForObject(
                "select count(distinct le.person_id) from log_entry le where le.programme_id = ?"
                        + " and le.entry_date > ? and le.entry_date <= ? and le.person_id in (" + PARTICIPANTS + ")",
                Long.class,
                programme,
                today.minusDays(30),
                today,
                programme,
                municipality);
    }

    private long programme(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }

    private String page(DemoUsers who, String path) throws Exception {
        return mvc.perform(get(path).with(who.as(accounts)).locale(NB))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int statusOf(DemoUsers who, String path) throws Exception {
        return mvc.perform(get(path).with(who.as(accounts)))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
