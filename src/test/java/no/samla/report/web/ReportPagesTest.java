package no.samla.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samla.demo.DemoProgrammes;
import no.samla.organisation.Organisations;
import no.samla.people.Accounts;
import no.samla.programme.Enrolments;
import no.samla.programme.GatheringSchedule;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.report.ReportContributor;
import no.samla.report.ReportNumbers;
import no.samla.report.ReportScope;
import no.samla.report.ReportSection;
import no.samla.report.ReportTable;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.ResponseText;
import no.samla.support.SamlaTest;
import no.samla.survey.Instrument;
import no.samla.survey.RoundKind;
import no.samla.survey.Surveys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The programme evaluation report: who reads which report, figures that match the data, the minimum of three answers,
 * a municipality's report counting only its people, the PDF, empty programmes and bounded queries.
 */
@SamlaTest
class ReportPagesTest {

    static final Locale NB = Locale.forLanguageTag("nb");

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
    Programmes programmes;

    @Autowired
    ReportBuilder builder;

    @Autowired
    Surveys surveys;

    @Autowired
    List<ReportContributor> contributors;

    @Autowired
    Enrolments enrolments;

    @Autowired
    GatheringSchedule gatherings;

    @Autowired
    Organisations organisations;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    long school;
    long drammen;
    String report;
    String drammenReport;

    @BeforeEach
    void demo() {
        school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        drammen = jdbc.queryForObject("select id from municipality where number = '3301'", Long.class);
        report = "/programmes/" + school + "/report";
        drammenReport = report + "/municipalities/" + drammen;
    }

    @Test
    void coordinatorReadsTheWholeReportWithTheFiguresOfTheData() throws Exception {
        String page = page(DemoUsers.COORDINATOR, report);
        assertThat(page)
                .contains("Evalueringsrapport", "Oversikt", "Oppmøte på samlingene", "Evalueringer")
                .contains("Aktivitet mellom samlingene")
                .contains(DemoProgrammes.DRAMMEN_SCHOOL)
                .contains("table-responsive", "scope=\"col\"", "scope=\"row\"", "text-end")
                // every enrolled municipality's report is linked
                .contains(drammenReport);
        ReportSection overview =
                builder.build(find(school), null, NB).sections().get(0).content();
        assertThat(cell(overview.tables().get(0), "Deltakere", 1)).isEqualTo(count(participants(null)));

        ReportSection attendance = section(20, ReportScope.programme(school));
        assertThat(cell(attendance.tables().get(0), "1. ", 3)).isEqualTo(count(present(1, null)));
        assertThat(cell(attendance.tables().get(0), "1. ", 4)).isEqualTo(count(participants(null)));
        assertThat(cell(attendance.tables().get(0), "1. ", 5))
                .isEqualTo(ReportNumbers.percent(present(1, null), participants(null), NB));

        // Per municipality: everyone in the demo school is from Drammen, so Drammen's line is the whole.
        ReportTable municipalities = attendance.tables().get(1);
        assertThat(cell(municipalities, "Drammen", 1)).isEqualTo(count(participants(drammen)));
        assertThat(cell(municipalities, "Drammen", 2))
                .isEqualTo(cell(attendance.tables().get(0), "Samlet", 3));
        assertThat(section(20, ReportScope.municipality(school, drammen)).tables())
                .hasSize(1);

        ReportSection journal = section(40, ReportScope.programme(school));
        long entries = jdbc.queryForObject(
                "select count(*) from log_entry where programme_id = ? and person_id in (" + PARTICIPANTS + ")",
                Long.class,
                school,
                school);
        assertThat(journal.summary().get(0)).startsWith("Logginnlegg fra deltakerne: " + count(entries) + ".");
        long writers = jdbc.queryForObject(
                "select count(distinct person_id) from log_entry where programme_id = ? and person_id in ("
                        + PARTICIPANTS + ")",
                Long.class,
                school,
                school);
        assertThat(cell(journal.tables().get(0), "Deltakere med minst ett", 1)).isEqualTo(count(writers));
        assertThat(page).contains(count(entries));
    }

    @Test
    void coachingAndNetworkGroupsCountTheSessionsAndMeetingsOfTheData() {
        ReportSection coaching = section(50, ReportScope.programme(school));
        long held = jdbc.queryForObject(
                "select count(*) from coaching_session cs join coaching_slot sl on sl.id = cs.slot_id"
                        + " where cs.programme_id = ? and cs.status = 'BOOKED' and sl.starts_at <= now()"
                        + " and cs.leader_person_id in (" + PARTICIPANTS + ")",
                Long.class,
                school,
                school);
        assertThat(cell(coaching.tables().get(0), "Samtaler holdt", 1)).isEqualTo(count(held));

        Map<String, Object> busiest = jdbc.queryForMap(
                "select g.name, count(*) filter (where a.present) as present"
                        + " from network_group g join network_meeting m on m.network_group_id = g.id"
                        + " join network_meeting_attendance a on a.meeting_id = m.id"
                        + " where g.programme_id = ? and g.status = 'ACTIVE' and a.person_id in (" + PARTICIPANTS + ")"
                        + " group by g.id order by 2 desc, g.id limit 1",
                school,
                school);
        long present = ((Number) busiest.get("present")).longValue();
        assertThat(present).isPositive();
        ReportSection networkGroups = section(60, ReportScope.programme(school));
        assertThat(cell(networkGroups.tables().get(0), (String) busiest.get("name"), 4))
                .isEqualTo(count(present));
    }

    @Test
    void innovationCountsTheCasesByPhaseAndTheirBenefits() {
        long cases = jdbc.queryForObject(
                "select count(*) from innovation_case where programme_id = ? and status <> 'STOPPED'",
                Long.class,
                school);
        long benefits = jdbc.queryForObject(
                "select count(*) from innovation_benefit b join innovation_case c on c.id = b.case_id"
                        + " where c.programme_id = ? and c.status <> 'STOPPED'",
                Long.class,
                school);
        long drammensCases = jdbc.queryForObject(
                "select count(*) from innovation_case where programme_id = ? and status <> 'STOPPED'"
                        + " and municipality_id = ?",
                Long.class,
                school,
                drammen);
        ReportSection innovation = section(70, ReportScope.programme(school));
        // The demo's school has cases with benefits, in Drammen: the figures below are not vacuous.
        assertThat(List.of(cases, benefits, drammensCases))
                .allSatisfy(value -> assertThat(value).isPositive());
        assertThat(innovation.summary().get(0)).startsWith("Caser det arbeides med: " + count(cases) + ",");
        long counted = innovation.tables().get(0).rows().stream()
                .mapToLong(row -> Long.parseLong(row.get(1).replace("\u00A0", "")))
                .sum();
        assertThat(counted).isEqualTo(cases);
        assertThat(innovation.summary().get(1)).startsWith("Gevinster: " + count(benefits) + ".");
        ReportSection drammens = section(70, ReportScope.municipality(school, drammen));
        assertThat(drammens.summary().get(0)).startsWith("Caser det arbeides med: " + count(drammensCases) + ",");
    }

    @Test
    void evaluationsShowMeansOnlyWhereAtLeastThreeAnsweredAndNeverFreeText() {
        ReportSection evaluations = section(30, ReportScope.programme(school));
        ReportTable table = evaluations.tables().get(0);
        Double firstMean = jdbc.queryForObject("""
                select avg(a.score) from evaluation_answer a join evaluation e on e.id = a.evaluation_id
                join gathering g on g.id = e.gathering_id where g.programme_id = ? and g.number = 1
                """, Double.class, school);
        long secondAnswers = jdbc.queryForObject("""
                select count(*) from evaluation_answer a join evaluation e on e.id = a.evaluation_id
                join gathering g on g.id = e.gathering_id where g.programme_id = ? and g.number = 2
                """, Long.class, school);
        assertThat(secondAnswers).isEqualTo(2);
        assertThat(cell(table, "1. ", 5)).isEqualTo(ReportNumbers.mean(firstMean, NB));
        assertThat(cell(table, "2. ", 5)).isEqualTo("For få svar");
        assertThat(cell(table, "2. ", 2)).isEqualTo("2");
        ReportTable questions = evaluations.tables().get(1);
        assertThat(cell(questions, "2. ", 3)).isNull();
        assertThat(questions.rows())
                .anySatisfy(
                        row -> assertThat(row.get(1)).isEqualTo("Hvor nyttig var casearbeidet for din egen enhet?"));
        // Nothing anyone wrote in an answer reaches the report.
        List<String> written = jdbc.queryForList("""
                select went_well from evaluation_answer a join evaluation e on e.id = a.evaluation_id
                where e.programme_id = ? and went_well is not null
                union select could_be_better from evaluation_answer a join evaluation e on e.id = a.evaluation_id
                where e.programme_id = ? and could_be_better is not null
                union select i.text from evaluation_answer_item i join evaluation_answer a on a.id = i.answer_id
                join evaluation e on e.id = a.evaluation_id where e.programme_id = ? and i.text is not null
                """, String.class, school, school, school);
        assertThat(written).isNotEmpty();
        String everything = evaluations.toString();
        assertThat(written).allSatisfy(text -> assertThat(everything).doesNotContain(text));
    }

    @Test
    void municipalityAdminReadsTheirMunicipalitysReportCountingOnlyItsParticipants() throws Exception {
        String page = page(DemoUsers.MUNICIPALITY_ADMIN, drammenReport);
        assertThat(page).contains("Evalueringsrapport for Drammen", drammenReport + ".pdf");
        ReportSection attendance = section(20, ReportScope.municipality(school, drammen));
        assertThat(cell(attendance.tables().get(0), "1. ", 4)).isEqualTo(count(participants(drammen)));
        assertThat(cell(attendance.tables().get(0), "1. ", 3)).isEqualTo(count(present(1, drammen)));
        // The municipality admin's way in: their start page and the programme's tab.
        assertThat(page(DemoUsers.MUNICIPALITY_ADMIN, "/")).contains(drammenReport);
        assertThat(page(DemoUsers.MUNICIPALITY_ADMIN, "/programmes/" + school)).contains(drammenReport);
        assertThat(page(DemoUsers.COORDINATOR, "/programmes/" + school)).contains("href=\"" + report + "\"");
    }

    @Test
    void aMunicipalitysReportCountsNobodyFromElsewhere() {
        long stange = jdbc.queryForObject("select id from municipality where number = '3413'", Long.class);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long outsider = person("Utenfor " + UUID.randomUUID(), stange);
            participant(outsider);
            long gathering = gathering(1);
            jdbc.update(
                    "insert into attendance (gathering_id, person_id, status) values (?, ?, 'PRESENT')",
                    gathering,
                    outsider);
            ReportSection whole = section(20, ReportScope.programme(school));
            ReportSection drammens = section(20, ReportScope.municipality(school, drammen));
            assertThat(cell(whole.tables().get(0), "1. ", 3)).isEqualTo(count(present(1, null)));
            assertThat(cell(drammens.tables().get(0), "1. ", 3)).isEqualTo(count(present(1, drammen)));
            assertThat(present(1, null)).isEqualTo(present(1, drammen) + 1);
        });
    }

    @Test
    void everyoneElseGetsNotFoundAndNoFigures() throws Exception {
        for (DemoUsers user : List.of(
                DemoUsers.LEADER,
                DemoUsers.LEADER_OTHER_MUNICIPALITY,
                DemoUsers.MUNICIPALITY_ADMIN_OTHER,
                DemoUsers.COORDINATOR_OTHER)) {
            for (String url : List.of(drammenReport, drammenReport + ".pdf", report, report + ".pdf")) {
                String body = mvc.perform(get(url).with(user.as(accounts)))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(body).doesNotContain(DemoProgrammes.DRAMMEN_SCHOOL).doesNotContain("Oppmøte på");
            }
        }
        mvc.perform(get(report).with(DemoUsers.MUNICIPALITY_ADMIN.as(accounts))).andExpect(status().isNotFound());
    }

    @Test
    void aMunicipalityOutsideTheProgrammeOrAMalformedIdIsNotAServerError() throws Exception {
        long stange = jdbc.queryForObject("select id from municipality where number = '3413'", Long.class);
        mvc.perform(get(report + "/municipalities/" + stange).with(DemoUsers.COORDINATOR.as(accounts)))
                .andExpect(status().isNotFound());
        mvc.perform(get(report + "/municipalities/" + stange + ".pdf").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isNotFound());
        mvc.perform(get(report + "/municipalities/999999999").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isNotFound());
        mvc.perform(get(report + "/municipalities/abc").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/programmes/abc/report").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/programmes/999999999/report").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePdfHasTheSectionsAsBookmarksAndTheFigures() throws Exception {
        MvcResult result = mvc.perform(get(report + ".pdf").with(DemoUsers.COORDINATOR.as(accounts)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("evalueringsrapport-lederskolen-i-drammen-2027.pdf");
        PdfReader reader = new PdfReader(result.getResponse().getContentAsByteArray());
        String text = ResponseText.pdf(reader);
        Double firstMean = jdbc.queryForObject("""
                select avg(a.score) from evaluation_answer a join evaluation e on e.id = a.evaluation_id
                join gathering g on g.id = e.gathering_id where g.programme_id = ? and g.number = 1
                """, Double.class, school);
        assertThat(text)
                .contains(DemoProgrammes.DRAMMEN_SCHOOL)
                .contains("Oversikt", "Oppmøte på samlingene", "Evalueringer", "Aktivitet mellom samlingene")
                .contains(ReportNumbers.mean(firstMean, NB))
                .contains("For få svar");
        assertThat(reader.getInfo().get("Title")).contains(DemoProgrammes.DRAMMEN_SCHOOL);
        List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
        assertThat(bookmarks)
                .extracting(bookmark -> bookmark.get("Title"))
                .contains("Oversikt", "Oppmøte på samlingene", "Evalueringer", "Aktivitet mellom samlingene");

        MvcResult drammens = mvc.perform(get(drammenReport + ".pdf").with(DemoUsers.MUNICIPALITY_ADMIN.as(accounts)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(ResponseText.pdf(new PdfReader(drammens.getResponse().getContentAsByteArray())))
                .contains("Drammen", "Oppmøte på samlingene");
    }

    @Test
    void theReportSpeaksNynorskAndEnglish() throws Exception {
        assertThat(page(DemoUsers.COORDINATOR, report + "?lang=nn")).contains("Oppmøte på samlingane");
        String english = page(DemoUsers.COORDINATOR, report + "?lang=en");
        assertThat(english).contains("Attendance at the gatherings", "Too few answers");
        page(DemoUsers.COORDINATOR, report + "?lang=nb");
    }

    @Test
    void anEmptyProgrammeHasAHelpfulTextInEverySectionAndNoTables() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long empty = jdbc.queryForObject("""
                    insert into programme (name, provider_organisation_id, start_date, end_date, status,
                        adviser_day_rate, advisers_per_gathering, network_day_rate, network_meetings_per_day,
                        coaching_hourly_rate, coaching_hours_per_session, evaluation_amount)
                    select 'Tomt program ' || gen_random_uuid(), provider_organisation_id, start_date, end_date, 'PLANNED',
                        0, 2, 0, 2, 0, 1, 0
                    from programme where id = ? returning id
                    """, Long.class, school);
            Report built = builder.build(find(empty), null, NB);
            assertThat(built.sections())
                    .extracting(section -> section.content().heading())
                    .contains(
                            "Oversikt",
                            "Oppmøte på samlingene",
                            "Evalueringer",
                            "Aktivitet mellom samlingene",
                            "Individuell veiledning",
                            "Nettverksgrupper",
                            "Innovasjonscaser");
            for (Report.Section section :
                    built.sections().subList(1, built.sections().size())) {
                if (List.of(
                                "Oppmøte på samlingene",
                                "Evalueringer",
                                "Aktivitet mellom samlingene",
                                "Individuell veiledning",
                                "Nettverksgrupper",
                                "Innovasjonscaser")
                        .contains(section.content().heading())) {
                    assertThat(section.content().tables()).isEmpty();
                    assertThat(section.content().summary()).hasSize(1);
                }
            }
            assertThat(built.sections().get(0).content().summary())
                    .anySatisfy(sentence -> assertThat(sentence).contains("Ingen deltakere"));
        });
    }

    @Test
    void aContributorWithNothingToSayIsLeftOut() {
        ReportContributor silent = contributor(10, Optional.empty());
        ReportContributor speaking =
                contributor(15, Optional.of(new ReportSection("Noe å si", List.of("En setning."), List.of())));
        ReportBuilder only =
                new ReportBuilder(List.of(speaking, silent), enrolments, gatherings, organisations, messages, clock);
        Report built = only.build(find(school), null, NB);
        assertThat(built.sections())
                .extracting(section -> section.content().heading())
                .containsExactly("Oversikt", "Noe å si");
    }

    @Test
    void theReportRunsTheSameNumberOfStatementsHoweverMuchDataThereIs() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            Programme programme = find(school);
            // A first run loads what the transaction then keeps (the provider), as every request's first run does.
            builder.build(programme, null, NB);
            long before = statements(() -> builder.build(programme, null, NB));
            long beforeDrammen = statements(() -> builder.build(programme, drammen, NB));
            long gathering = gathering(1);
            Long assignment = jdbc
                    .queryForList(
                            "select id from assignment where programme_id = ? order by id limit 1", Long.class, school)
                    .stream()
                    .findFirst()
                    .orElse(null);
            for (int i = 0; i < 12; i++) {
                long person = person("Mengde " + i + " " + UUID.randomUUID(), drammen);
                participant(person);
                jdbc.update(
                        "insert into attendance (gathering_id, person_id, status) values (?, ?, 'PRESENT')",
                        gathering,
                        person);
                for (int e = 0; e < 3; e++) {
                    jdbc.update(
                            "insert into log_entry (programme_id, person_id, entry_date) values (?, ?, ?)",
                            school,
                            person,
                            programme.getStartDate().plusDays(e * 40L));
                }
                if (assignment != null) {
                    jdbc.update(
                            "insert into assignment_recipient (assignment_id, person_id, done_at) values (?, ?, now())",
                            assignment,
                            person);
                }
            }
            // Three more surveys measured before and after.
            for (int i = 0; i < 3; i++) {
                long survey =
                        surveys.create(school, Instrument.SELF_ASSESSMENT, NB).getId();
                LocalDate start = programme.getStartDate();
                surveys.addRound(school, survey, RoundKind.BEFORE, start, start.plusDays(14));
                surveys.addRound(school, survey, RoundKind.AFTER, start.plusDays(100), start.plusDays(114));
            }
            assertThat(surveys.measuredSurveys(school)).hasSizeGreaterThan(3);
            assertThat(statements(() -> builder.build(programme, null, NB))).isEqualTo(before);
            assertThat(statements(() -> builder.build(programme, drammen, NB))).isEqualTo(beforeDrammen);
            assertThat(before).isLessThanOrEqualTo(24);
        });
    }

    // ---- helpers ----

    /** The active participants of the school in SQL of its own: the expected figures are counted independently. */
    static final String PARTICIPANTS = """
            select pa.person_id from participation pa
            join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
            where pa.programme_id = ? and pa.left_on is null
            """;

    private long participants(Long municipality) {
        return jdbc.queryForObject(
                "select count(distinct p.id) from person p where p.id in (" + PARTICIPANTS + ")"
                        + " and (? :: bigint is null or p.municipality_id = ?)",
                Long.class,
                school,
                municipality,
                municipality);
    }

    private long present(int gatheringNumber, Long municipality) {
        return jdbc.queryForObject(
                "select count(*) from attendance a join gathering g on g.id = a.gathering_id"
                        + " join person p on p.id = a.person_id"
                        + " where g.programme_id = ? and g.number = ? and a.status = 'PRESENT'"
                        + " and p.id in (" + PARTICIPANTS + ")"
                        + " and (? :: bigint is null or p.municipality_id = ?)",
                Long.class,
                school,
                gatheringNumber,
                school,
                municipality,
                municipality);
    }

    private long gathering(int number) {
        return jdbc.queryForObject(
                "select id from gathering where programme_id = ? and number = ?", Long.class, school, number);
    }

    private long person(String name, long municipality) {
        return jdbc.queryForObject(
                "insert into person (full_name, email, municipality_id) values (?, ?, ?) returning id",
                Long.class,
                name,
                UUID.randomUUID() + "@report.example",
                municipality);
    }

    private void participant(long person) {
        long participation = jdbc.queryForObject(
                "insert into participation (programme_id, person_id, joined_on) values (?, ?, ?) returning id",
                Long.class,
                school,
                person,
                LocalDate.now(clock));
        jdbc.update("insert into participation_role (participation_id, role) values (?, 'PARTICIPANT')", participation);
    }

    private Programme find(long id) {
        return programmes.find(id).orElseThrow();
    }

    private ReportSection section(int order, ReportScope scope) {
        return contributors.stream()
                .filter(contributor -> contributor.order() == order)
                .findFirst()
                .orElseThrow()
                .section(scope, NB)
                .orElseThrow();
    }

    /** The cell in the column of the row named {@code rowStart}, or else the first whose name starts so; null if none. */
    private static String cell(ReportTable table, String rowStart, int column) {
        return table.rows().stream()
                .filter(row -> row.get(0).equals(rowStart))
                .findFirst()
                .or(() -> table.rows().stream()
                        .filter(row -> row.get(0).startsWith(rowStart))
                        .findFirst())
                .map(row -> row.get(column))
                .orElse(null);
    }

    private static String count(long value) {
        return ReportNumbers.count(value, NB);
    }

    private long statements(Runnable action) {
        try {
            return queries.countDuring(action::run);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private String page(DemoUsers user, String url) throws Exception {
        return mvc.perform(get(url).with(user.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static ReportContributor contributor(int order, Optional<ReportSection> section) {
        return new ReportContributor() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<ReportSection> section(ReportScope scope, Locale locale) {
                return section;
            }
        };
    }
}
