package no.samla.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samla.support.GeneratedDataTest;
import no.samla.support.GeneratedDatabase;
import no.samla.support.SessionCookie;
import no.samla.support.TestDatabase;
import no.samla.system.RespondentKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;

@GeneratedDataTest
class GeneratorTest {

    /** Checksums of a few tables, over the columns that say what was generated. */
    private static final Map<String, String> CHECKSUMS = Map.of(
            "person",
            "select md5(string_agg(concat_ws('|', id, full_name, email, municipality_id, title, created_at), ','"
                    + " order by id)) from person",
            "participation",
            "select md5(string_agg(concat_ws('|', id, programme_id, person_id, leader_group_id, joined_on), ','"
                    + " order by id)) from participation",
            "log_entry",
            "select md5(string_agg(concat_ws('|', e.id, e.programme_id, e.person_id, e.entry_date, e.behaviour,"
                    + " e.created_at, v.did, v.learned), ',' order by e.id)) from log_entry e"
                    + " join log_entry_version v on v.entry_id = e.id",
            "coaching_session",
            "select md5(string_agg(concat_ws('|', s.id, s.leader_person_id, s.status, s.booked_at, s.cancelled_at,"
                    + " t.starts_at), ',' order by s.id)) from coaching_session s join coaching_slot t on t.id = s.slot_id",
            "attendance",
            "select md5(string_agg(concat_ws('|', gathering_id, person_id, status, late), ','"
                    + " order by gathering_id, person_id)) from attendance",
            "innovation_case",
            "select md5(string_agg(concat_ws('|', id, title, phase_id, status, health, municipality_id), ','"
                    + " order by id)) from innovation_case");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RespondentKeys keys;

    @Test
    void theSmallSetHasItsSize() {
        GeneratorSize small = GeneratorSize.SMALL;
        assertThat(count("select count(*) from account_role where role = 'LEADER'"))
                .isEqualTo(small.leaders());
        assertThat(count("select count(*) from programme where not template")).isEqualTo(small.programmes());
        assertThat(
                        count(
                                "select count(*) from gathering g join programme p on p.id = g.programme_id where not p.template"))
                .isEqualTo((long) small.programmes() * GeneratorSize.GATHERINGS_PER_PROGRAMME);
        assertThat(count("select count(*) from log_entry")).isEqualTo(small.logEntries());
        assertThat(count("select count(*) from log_entry_version")).isEqualTo(small.logEntries());
        assertThat(count("select count(*) from innovation_case")).isEqualTo(small.innovationCases());
        assertThat(count("select count(distinct municipality_id) from programme_municipality"))
                .isEqualTo(small.municipalities());
        assertThat(count("select count(*) from account_role where role = 'MUNICIPALITY_ADMIN'"))
                .isEqualTo(small.municipalities());
        assertThat(count("select count(*) from account_role where role = 'COORDINATOR'"))
                .isEqualTo(small.coordinators());
        assertThat(count("select max(n) - 5 * min(n) from (select count(*) n from person p join account a on "
                        + "a.person_id = p.id join account_role r on r.account_id = a.id and r.role = 'LEADER' "
                        + "group by p.municipality_id) sizes"))
                .as("large municipalities have many more leaders than small ones")
                .isPositive();
        assertThat(count("select count(*) from person p where p.municipality_id is not null and not exists "
                        + "(select 1 from participation pa where pa.person_id = p.id) and exists "
                        + "(select 1 from account a join account_role r on r.account_id = a.id "
                        + "where a.person_id = p.id and r.role = 'LEADER')"))
                .as("every leader takes part in a programme")
                .isZero();
        double quiet = jdbc.queryForObject(
                "select avg(case when exists (select 1 from log_entry e where e.person_id = pa.person_id "
                        + "and e.entry_date > current_date - 30) then 0.0 else 1.0 end) from participation pa "
                        + "join programme p on p.id = pa.programme_id and p.status = 'RUNNING' "
                        + "join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'",
                Double.class);
        assertThat(quiet)
                .as("leaders of running programmes without an entry in 30 days")
                .isBetween(0.05, 0.3);
        assertThat(count("select count(*) from coaching_session where status = 'CANCELLED'"))
                .isPositive();
        assertThat(count("select count(*) from coaching_session s join coaching_slot t on t.id = s.slot_id "
                        + "where s.status = 'BOOKED' and t.starts_at < now()"))
                .as("held sessions")
                .isPositive();
        assertThat(count("select count(*) from network_meeting_attendance")).isPositive();
        assertThat(count("select count(*) from assignment_recipient r join assignment a on a.id = r.assignment_id "
                        + "where r.done_at > (a.due_on + 1)::timestamptz"))
                .as("late assignments")
                .isPositive();
        assertThat(count("select count(*) from assignment_recipient where done_at is null"))
                .isPositive();
        assertThat(count("select count(distinct status) from programme where not template"))
                .isGreaterThan(1);
    }

    @Test
    void theSameSeedAndDateGiveTheSameData() {
        LocalDate day = LocalDate.of(2027, 3, 15);
        TestDatabase.Server first = TestDatabase.server().createDatabase("samla_generated_first");
        TestDatabase.Server second = TestDatabase.server().createDatabase("samla_generated_second");
        TestDatabase.Server otherSeed = TestDatabase.server().createDatabase("samla_generated_other_seed");
        try {
            GeneratedDatabase.generate(first, 7, day);
            GeneratedDatabase.generate(second, 7, day);
            GeneratedDatabase.generate(otherSeed, 8, day);

            Map<String, String> firstSums = checksums(first);
            assertThat(checksums(second)).isEqualTo(firstSums);
            assertThat(checksums(otherSeed).get("log_entry")).isNotEqualTo(firstSums.get("log_entry"));
        } finally {
            TestDatabase.Server server = TestDatabase.server();
            JdbcTemplate admin =
                    new JdbcTemplate(new DriverManagerDataSource(server.url(), server.username(), server.password()));
            for (String name :
                    List.of("samla_generated_first", "samla_generated_second", "samla_generated_other_seed")) {
                admin.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @Test
    void aGeneratedCoordinatorSignsInAndOpensTheirProgramme() throws Exception {
        String email = "koordinator-1@" + GeneratorSettings.EMAIL_DOMAIN;
        List<Long> programmes = jdbc.queryForList(
                "select pc.programme_id from programme_coordinator pc join person p on p.id = pc.person_id "
                        + "where p.email = ? order by pc.programme_id",
                Long.class,
                email);
        assertThat(programmes).isNotEmpty();

        SessionCookie session = signIn(email);
        mvc.perform(get("/").with(session)).andExpect(status().isOk());
        for (long programme : programmes) {
            for (String page : List.of(
                    "",
                    "/timeline",
                    "/people",
                    "/assignments",
                    "/attendance",
                    "/coaching",
                    "/network-groups",
                    "/evaluations",
                    "/report",
                    "/price")) {
                mvc.perform(get("/programmes/" + programme + page).with(session))
                        .andExpect(status().isOk());
            }
            mvc.perform(get("/innovation/" + programme).with(session)).andExpect(status().isOk());
        }
    }

    @Test
    void aGeneratedLeaderOpensTheirProgrammeAndAMunicipalityAdminTheirStartPage() throws Exception {
        String leader = "leder-1@" + GeneratorSettings.EMAIL_DOMAIN;
        long programme = jdbc.queryForObject(
                "select min(pa.programme_id) from participation pa join person p on p.id = pa.person_id where p.email = ?",
                Long.class,
                leader);
        SessionCookie session = signIn(leader);
        mvc.perform(get("/").with(session)).andExpect(status().isOk());
        mvc.perform(get("/my-programme/" + programme).with(session)).andExpect(status().isOk());

        session = signIn("kommuneadmin-0301@" + GeneratorSettings.EMAIL_DOMAIN);
        mvc.perform(get("/").with(session)).andExpect(status().isOk());
    }

    @Test
    void aCoordinatorReadsTheResultsOfAGeneratedEvaluation() throws Exception {
        Map<String, Object> closed =
                jdbc.queryForMap("select e.id, e.programme_id, min(p.email) email from evaluation e "
                        + "join programme_coordinator pc on pc.programme_id = e.programme_id join person p on p.id = pc.person_id "
                        + "where e.status = 'CLOSED' group by e.id order by e.id limit 1");
        SessionCookie session = signIn((String) closed.get("email"));
        mvc.perform(get("/programmes/" + closed.get("programme_id") + "/evaluations/" + closed.get("id") + "/results")
                        .with(session))
                .andExpect(status().isOk());
    }

    @Test
    void evaluationAnswersCarryTheKeyTheEvaluationModuleComputes() {
        assertThat(count("select count(*) from evaluation_answer")).isPositive();
        assertThat(count("select count(*) from evaluation_answer"))
                .isEqualTo(count("select count(*) from evaluation_respondent"));
        Map<String, Object> respondent = jdbc.queryForMap(
                "select evaluation_id, person_id from evaluation_respondent order by evaluation_id, person_id limit 1");
        String key = keys.of((Long) respondent.get("evaluation_id"), (Long) respondent.get("person_id"));
        assertThat(count("select count(*) from evaluation_answer where evaluation_id = "
                        + respondent.get("evaluation_id") + " and respondent_key = '" + key + "'"))
                .isEqualTo(1);
    }

    private SessionCookie signIn(String email) throws Exception {
        return SessionCookie.of(
                mvc.perform(formLogin("/login").user("email", email).password(GeneratorSettings.DEFAULT_PASSWORD))
                        .andExpect(redirectedUrl("/"))
                        .andReturn());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static Map<String, String> checksums(TestDatabase.Server database) {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(database.url(), database.username(), database.password());
        JdbcTemplate template = new JdbcTemplate(dataSource);
        return CHECKSUMS.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> template.queryForObject(e.getValue(), String.class)));
    }
}
