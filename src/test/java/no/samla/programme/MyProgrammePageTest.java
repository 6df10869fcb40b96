package no.samla.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** A leader's own programme page ("Mitt program"), on the start page and on its own. */
@SamlaTest
class MyProgrammePageTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

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
    Enrolments enrolments;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @Test
    void theLeaderLandsOnTheirProgrammeWithEveryPanel() throws Exception {
        long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
        long first = jdbc.queryForObject(
                "select id from gathering where programme_id = ? and number = 1", Long.class, school);
        List<String> agenda = jdbc.queryForList(
                "select title from agenda_item where gathering_id = ? order by day, position", String.class, first);
        assertThat(agenda).isNotEmpty();

        for (String url : List.of("/", "/my-programme/" + school)) {
            String page = body(DemoUsers.LEADER, get(url));
            assertThat(page).contains("id=\"my-programme\"").contains("Mitt program: " + DemoProgrammes.DRAMMEN_SCHOOL);
            String gathering = panel(page, "my-gathering");
            assertThat(gathering)
                    .contains("href=\"/gatherings/" + first + "\"")
                    .contains("KS: Veikart for tjenesteinnovasjon")
                    .contains("Forberedelse til samling 1 (PDF-fil)")
                    .doesNotContain("Oppsummering og mellomarbeid")
                    .containsPattern("\\d\\d:\\d\\d–\\d\\d:\\d\\d");
            agenda.forEach(title -> assertThat(gathering).contains(title));
            assertThat(panel(page, "my-meeting"))
                    .contains("Relasjonsledelse i praksis")
                    .contains("Rådhuset, Engene 1, møterom 2")
                    .contains("href=\"/network-group/meetings/");
            assertThat(panel(page, "my-coaching"))
                    .contains("id=\"my-coaching-next\"")
                    .contains("Marte Lien")
                    .contains("Du har brukt 2 av")
                    .contains("Mål: Bli tydeligere når jeg delegerer oppgaver og myndighet til teamlederne.")
                    .contains("href=\"/development-project/" + school + "\"");
            assertThat(panel(page, "my-assignments")).contains("href=\"/assignments\"");
            assertThat(panel(page, "my-entries")).contains("href=\"/journal/new?programme=" + school + "\"");
            assertThat(panel(page, "my-progress"))
                    .contains("Programmet har ikke startet ennå.")
                    .doesNotContain("Du har vært på 0 av 0")
                    .contains("role=\"img\"")
                    .contains("aria-labelledby=\"my-progress-summary\"");
        }
        // The same page in nynorsk and English.
        assertThat(body(DemoUsers.LEADER, get("/my-programme/" + school).param("lang", "nn")))
                .contains("Neste samling")
                .contains("Programmet har ikkje starta enno.")
                .contains("Du har brukt 2 av");
        assertThat(body(DemoUsers.LEADER, get("/my-programme/" + school).param("lang", "en")))
                .contains("My programme: " + DemoProgrammes.DRAMMEN_SCHOOL)
                .contains("Next gathering")
                .contains("You have used 2 of");
        // The start page shows the coaching once, in the programme, not again in a section of its own.
        assertThat(body(DemoUsers.LEADER, get("/"))).doesNotContain("home-quota-left");
    }

    @Test
    void assignmentsEntriesAndProgressShowWhatTheLeaderHasDone() {
        inRolledBackTransaction(() -> {
            long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
            long kari = person(DemoAccounts.LEADER_DRAMMEN);
            LocalDate today = LocalDate.now(OSLO);
            YearMonth thisMonth = YearMonth.from(today);
            startedMonthsAgo(school, 2);
            // The demo's assignments and entries are set aside, so that only this test's rows count.
            jdbc.update("delete from assignment where programme_id = ?", school);
            jdbc.update("delete from log_entry where programme_id = ?", school);
            assignment(school, kari, "Øv på delegering", today.minusDays(3), false);
            assignment(school, kari, "Les kapittel 2", today.plusDays(10), true);
            long entry = entry(school, kari, today, "Jeg delegerte budsjettet.\nDet gikk fint.");
            entry(school, kari, thisMonth.minusMonths(1).atDay(5), "Første logg");
            entry(school, kari, thisMonth.minusMonths(1).atDay(6), "Andre logg");

            String page = body(DemoUsers.LEADER, get("/my-programme/" + school));

            assertThat(panel(page, "my-assignments"))
                    .contains("Øv på delegering")
                    .contains("Forfalt: fristen var")
                    .doesNotContain("Les kapittel 2");
            assertThat(panel(page, "my-entries"))
                    .contains("href=\"/journal/" + entry + "\"")
                    .contains("Jeg delegerte budsjettet.")
                    .doesNotContain("Det gikk fint.")
                    .contains("Første logg");
            String progress = panel(page, "my-progress");
            assertThat(progress)
                    .contains("Du har gjort 1 av 2 oppgaver.")
                    .contains("Du gjorde 1 av 2 innen fristen.")
                    .contains("Du har skrevet 3 logger så langt i programmet (3 måneder).")
                    .contains("aria-labelledby=\"my-progress-months-title my-progress-entries\"")
                    .contains("id=\"my-progress-months\"");
            // Three months in the chart: none, two, one; the tallest bar is the month with two.
            assertThat(progress)
                    .contains("height=\"80\"")
                    .contains("height=\"40\"")
                    .contains("height=\"0\"");
        });
    }

    @Test
    void aLeaderInTwoProgrammesSwitchesBetweenThem() {
        inRolledBackTransaction(() -> {
            long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
            long innovation = programme(DemoProgrammes.INNLANDET_INNOVATION);
            enrolments.enrol(
                    innovation, person(DemoAccounts.LEADER_DRAMMEN), Set.of(ParticipationRole.PARTICIPANT), null);
            entityManager.flush();

            // The school's next gathering comes first, so it is the current programme on the start page.
            String home = body(DemoUsers.LEADER, get("/"));
            assertThat(home).contains("Mitt program: " + DemoProgrammes.DRAMMEN_SCHOOL);
            assertThat(panel(home, "my-programme-switch"))
                    .contains("href=\"/my-programme/" + innovation + "\"")
                    .contains(DemoProgrammes.INNLANDET_INNOVATION);

            String other = body(DemoUsers.LEADER, get("/my-programme/" + innovation));
            assertThat(other).contains("Mitt program: " + DemoProgrammes.INNLANDET_INNOVATION);
            assertThat(panel(other, "my-programme-switch")).contains("href=\"/my-programme/" + school + "\"");
            assertThat(panel(other, "my-entries")).contains("href=\"/journal/new?programme=" + innovation + "\"");

            // A programme still being drafted is not shown to its participants yet.
            jdbc.update("update programme set status = 'DRAFT' where id = ?", innovation);
            assertThat(body(DemoUsers.LEADER, get("/"))).doesNotContain("id=\"my-programme-switch\"");
            assertThat(statusOf(DemoUsers.LEADER, "/my-programme/" + innovation))
                    .isEqualTo(404);
        });
    }

    @Test
    void aProgrammeTheUserIsNoParticipantInIsNotFound() throws Exception {
        long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
        long innovation = programme(DemoProgrammes.INNLANDET_INNOVATION);
        mvc.perform(get("/my-programme/" + innovation).with(DemoUsers.LEADER.as(accounts)))
                .andExpect(status().isNotFound());
        // Facilitating the programme, administering it or coordinating it is not taking part as a leader.
        for (DemoUsers user : List.of(
                DemoUsers.COORDINATOR,
                DemoUsers.MUNICIPALITY_ADMIN,
                DemoUsers.LEADER_OTHER_MUNICIPALITY,
                DemoUsers.ADMIN)) {
            mvc.perform(get("/my-programme/" + school).with(user.as(accounts))).andExpect(status().isNotFound());
        }
        for (DemoUsers user : List.of(DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN, DemoUsers.ADMIN)) {
            assertThat(body(user, get("/"))).as(user.name()).doesNotContain("id=\"my-programme\"");
        }
        // The other municipality's leader lands on their own programme.
        assertThat(body(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/")))
                .contains("id=\"my-programme\"")
                .doesNotContain(DemoProgrammes.DRAMMEN_SCHOOL);
    }

    @Test
    void thePageRunsTheSameNumberOfQueriesWithManyAssignmentsAndEntries() {
        inRolledBackTransaction(() -> {
            long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
            long kari = person(DemoAccounts.LEADER_DRAMMEN);
            startedMonthsAgo(school, 5);
            LocalDate today = LocalDate.now(OSLO);
            assignment(school, kari, "Første", today.plusDays(3), false);
            entry(school, kari, today, "Første");
            String url = "/my-programme/" + school;
            // Both pages once first: within one transaction, what one request loads the next may not read again.
            count(url);
            count("/");
            long few = count(url);
            long home = count("/");
            for (int i = 0; i < 40; i++) {
                assignment(school, kari, "Oppgave " + i, today.plusDays(i - 20), i % 3 == 0);
                long entry = entry(school, kari, today.minusDays(i * 3L), "Logg " + i);
                jdbc.update(
                        "insert into log_entry_version (entry_id, number, did, happened, learned, next_step)"
                                + " values (?, 2, ?, '', '', '')",
                        entry,
                        "Logg " + i + " endret");
            }
            count(url);
            count("/");
            assertThat(count(url)).isEqualTo(few);
            assertThat(count("/")).isEqualTo(home);
            assertThat(few).isLessThanOrEqualTo(25);
        });
    }

    /**
     * The demo leader's pages run 15 and 23 statements in 4 calls: the sign-in's account lookup, the programmes with
     * the start page sections' reads, the panels' reads, and which open surveys are answered.
     */
    @Test
    void theStartPageSendsItsReadsTogether() throws Exception {
        for (String url : List.of("/", "/my-programme/" + programme(DemoProgrammes.DRAMMEN_SCHOOL))) {
            long[] statements = {0};
            long calls = queries.callsDuring(() -> statements[0] = queries.countDuring(() ->
                    mvc.perform(get(url).with(DemoUsers.LEADER.as(accounts))).andExpect(status().isOk())));
            assertThat(statements[0]).as(url).isGreaterThan(10);
            assertThat(calls).as(url).isLessThanOrEqualTo(4);
        }
    }

    private int statusOf(DemoUsers user, String url) {
        try {
            return mvc.perform(get(url).with(user.as(accounts)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String url) {
        try {
            return queries.countDuring(() ->
                    mvc.perform(get(url).with(DemoUsers.LEADER.as(accounts))).andExpect(status().isOk()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void startedMonthsAgo(long programme, int months) {
        jdbc.update(
                "update programme set start_date = ? where id = ?",
                YearMonth.now(OSLO).minusMonths(months).atDay(1),
                programme);
    }

    private void assignment(long programme, long person, String title, LocalDate due, boolean doneInTime) {
        long marte = person(DemoAccounts.COORDINATOR_FJORD);
        Long id = jdbc.queryForObject(
                "insert into assignment (programme_id, kind, title, due_on, audience, created_by_person_id)"
                        + " values (?, 'PRACTISE', ?, ?, 'CHOSEN', ?) returning id",
                Long.class,
                programme,
                title,
                due,
                marte);
        jdbc.update(
                "insert into assignment_recipient (assignment_id, person_id, done_at) values (?, ?, ?)",
                id,
                person,
                doneInTime
                        ? java.sql.Timestamp.from(
                                due.minusDays(1).atStartOfDay(OSLO).toInstant())
                        : null);
    }

    private long entry(long programme, long person, LocalDate date, String did) {
        Long id = jdbc.queryForObject(
                "insert into log_entry (programme_id, person_id, entry_date) values (?, ?, ?) returning id",
                Long.class,
                programme,
                person,
                date);
        jdbc.update(
                "insert into log_entry_version (entry_id, number, did, happened, learned, next_step)"
                        + " values (?, 1, ?, '', '', '')",
                id,
                did);
        return id;
    }

    private long programme(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }

    private long person(String email) {
        return jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, email);
    }

    /** The element with this id, up to the end of its section (or the next section or nav). */
    private static String panel(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        String rest = page.substring(start);
        int end = rest.indexOf("</section>");
        int nav = rest.indexOf("</nav>");
        return rest.substring(0, nav >= 0 && (end < 0 || nav < end) ? nav : end < 0 ? rest.length() : end);
    }

    private String body(DemoUsers user, MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request.with(user.as(accounts)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void inRolledBackTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> {
            try {
                work.run();
            } finally {
                status.setRollbackOnly();
            }
        });
    }
}
