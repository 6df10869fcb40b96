package no.samla.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
                    + " order by id)) from innovation_case",
            "agenda_item",
            "select md5(string_agg(concat_ws('|', id, gathering_id, day, position, title, responsible_person_id), ','"
                    + " order by id)) from agenda_item",
            "survey_response",
            "select md5(string_agg(concat_ws('|', r.id, r.round_id, r.respondent_key, r.municipality_id, a.question_id,"
                    + " a.score), ',' order by r.id, a.question_id)) from survey_response r"
                    + " join survey_answer a on a.response_id = r.id",
            "pitch_score_value",
            "select md5(string_agg(concat_ws('|', s.pitch_id, s.case_id, s.person_id, v.criterion_id, v.value), ','"
                    + " order by s.id, v.criterion_id)) from pitch_score s join pitch_score_value v on v.score_id = s.id");

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
                    "/price",
                    "/home-visits",
                    "/surveys",
                    "/platform")) {
                mvc.perform(get("/programmes/" + programme + page).with(session))
                        .andExpect(status().isOk());
            }
            mvc.perform(get("/innovation/" + programme).with(session)).andExpect(status().isOk());
            mvc.perform(get("/innovation/" + programme + "/pitches").with(session))
                    .andExpect(status().isOk());
        }
        long gathering = jdbc.queryForObject(
                "select min(id) from gathering where programme_id = ?", Long.class, programmes.get(0));
        mvc.perform(get("/programmes/" + programmes.get(0) + "/gatherings/" + gathering + "/agenda")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Refleksjonsstopp i par")));
        for (long platform : jdbc.queryForList(
                "select id from leadership_platform where programme_id in (select programme_id from"
                        + " programme_coordinator pc join person p on p.id = pc.person_id where p.email = ?)",
                Long.class,
                email)) {
            mvc.perform(get("/platforms/" + platform).with(session)).andExpect(status().isOk());
        }
        for (long pitch : jdbc.queryForList(
                "select id from pitch where published and programme_id in (select programme_id from"
                        + " programme_coordinator pc join person p on p.id = pc.person_id where p.email = ?)",
                Long.class,
                email)) {
            mvc.perform(get("/pitches/" + pitch + "/results").with(session)).andExpect(status().isOk());
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

    @Test
    void everyGatheringHasAnAgendaAndEveryModuleHasRows() {
        assertThat(count("select count(*) from gathering g join programme p on p.id = g.programme_id"
                        + " where not p.template and not exists (select 1 from agenda_item a where a.gathering_id = g.id"
                        + " and a.day = 1 and a.position = 1)"))
                .as("gatherings without an agenda")
                .isZero();
        assertThat(count("select count(*) from agenda_item a join gathering g on g.id = a.gathering_id"
                        + " join programme p on p.id = g.programme_id where p.template"))
                .isZero();
        assertThat(count("select count(*) from (select gathering_id, day from agenda_item group by gathering_id, day"
                        + " having max(position) <> count(*)) gaps"))
                .as("agenda days with gaps in the positions")
                .isZero();
        assertThat(count("select count(*) from agenda_item a join gathering g on g.id = a.gathering_id"
                        + " where a.responsible_person_id is not null and not exists (select 1 from"
                        + " programme_coordinator pc where pc.programme_id = g.programme_id"
                        + " and pc.person_id = a.responsible_person_id)"))
                .as("agenda items led by someone outside the programme's coordinators")
                .isZero();
        assertThat(count("select count(*) from gathering_material m join gathering g on g.id = m.gathering_id"
                        + " where m.kind = 'AFTER' and g.start_date >= current_date"))
                .as("material after a gathering not held yet")
                .isZero();
        long participants = count("select count(*) from participation_role r join participation pa"
                + " on pa.id = r.participation_id join programme p on p.id = pa.programme_id"
                + " where r.role = 'PARTICIPANT' and p.start_date <= current_date and p.network_groups > 0");
        assertThat(count("select count(*) from network_group"))
                .as("network groups of four or five leaders")
                .isBetween(participants / 6, participants / 3);
        assertThat(count("select count(*) from development_project p where not exists"
                        + " (select 1 from development_project_version v where v.project_id = p.id and v.number = 1)"))
                .isZero();
        assertThat(count("select count(*) from development_project")).isPositive();
        assertThat(count("select count(*) from coaching_private_note n join coaching_session s on s.id = n.session_id"
                        + " where s.status <> 'BOOKED' or s.coach_person_id <> n.coach_person_id"))
                .isZero();
        assertThat(count("select count(*) from home_visit v where not exists (select 1 from home_visit_participant hp"
                        + " join person p on p.id = hp.person_id where hp.home_visit_id = v.id"
                        + " and p.municipality_id = v.municipality_id)"))
                .as("home visits without a participant from the municipality")
                .isZero();
        assertThat(count("select count(*) from home_visit")).isPositive();
        assertThat(count("select count(*) from pitch_score_value"))
                .isEqualTo(4 * count("select count(*) from pitch_score"));
        assertThat(count("select count(*) from pitch_case pc join innovation_case c on c.id = pc.case_id"
                        + " join pitch p on p.id = pc.pitch_id where c.programme_id <> p.programme_id"))
                .isZero();
        assertThat(count("select count(*) from (select i.case_id, d.person_id from innovation_idea_dot d"
                        + " join innovation_idea i on i.id = d.idea_id group by i.case_id, d.person_id"
                        + " having count(*) > 3) over_budget"))
                .as("team members with more dots than the budget")
                .isZero();
        assertThat(count("select count(*) from innovation_idea_dot")).isPositive();
        assertThat(count("select count(*) from innovation_journey_step")).isPositive();
        assertThat(count("select count(*) from innovation_why_answer")).isPositive();
        assertThat(count("select count(*) from innovation_case_follow f join innovation_case c on c.id = f.case_id"
                        + " where f.municipality_id = c.municipality_id"))
                .as("municipalities following their own case")
                .isZero();
        assertThat(count("select count(*) from municipality_case_sharing")).isPositive();
        assertThat(count("select count(*) from leadership_platform l join programme p on p.id = l.programme_id"
                        + " where p.status = 'COMPLETED' and l.adopted_version_id is null and exists"
                        + " (select 1 from platform_version v where v.platform_id = l.id)"))
                .as("completed programmes whose platform was not adopted")
                .isZero();
        assertThat(count("select count(*) from platform_reaction")).isPositive();
    }

    @Test
    void surveyAnswersCarryTheKeyTheSurveyModuleComputesAndOpenOnTheResultsPage() throws Exception {
        Map<String, Object> survey = jdbc.queryForMap("select s.id, s.programme_id, min(p.email) email,"
                + " (select o.id from survey_round o where o.survey_id = s.id and o.kind = 'BEFORE') round"
                + " from survey s join programme_coordinator pc on pc.programme_id = s.programme_id"
                + " join person p on p.id = pc.person_id group by s.id order by s.id limit 1");
        long surveyId = (Long) survey.get("id");
        long roundId = (Long) survey.get("round");
        List<String> responseKeys = jdbc.queryForList(
                "select respondent_key from survey_response where round_id = ?", String.class, roundId);
        assertThat(responseKeys).hasSizeGreaterThanOrEqualTo(3);
        List<Long> participants = jdbc.queryForList(
                "select pa.person_id from participation pa join participation_role r on r.participation_id = pa.id"
                        + " and r.role = 'PARTICIPANT' where pa.programme_id = ?",
                Long.class,
                survey.get("programme_id"));
        List<String> participantKeys = participants.stream()
                .map(person -> keys.of("survey", surveyId, person))
                .toList();
        assertThat(participantKeys).containsAll(responseKeys);
        assertThat(count("select count(*) from survey_response r join survey_answer a on a.response_id = r.id"
                        + " where r.round_id = " + roundId))
                .isEqualTo(responseKeys.size()
                        * count("select count(*) from survey_question where survey_id = " + surveyId));

        SessionCookie session = signIn((String) survey.get("email"));
        mvc.perform(get("/programmes/" + survey.get("programme_id") + "/surveys/" + surveyId + "/results")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Antall som svarte: " + responseKeys.size())));
        assertThat(count("select count(*) from survey_response r join survey_round o on o.id = r.round_id"
                        + " and o.kind = 'AFTER' where exists (select 1 from survey_response b join survey_round ob"
                        + " on ob.id = b.round_id and ob.kind = 'BEFORE' where ob.survey_id = o.survey_id"
                        + " and b.respondent_key = r.respondent_key)"))
                .as("after answers paired with a before answer")
                .isPositive();
    }

    @Test
    void aGeneratedLeaderOpensTheirDevelopmentProject() throws Exception {
        Map<String, Object> project = jdbc.queryForMap("select d.programme_id, p.email, (select v.goal from"
                + " development_project_version v where v.project_id = d.id order by v.number desc limit 1) goal"
                + " from development_project d join person p on p.id = d.person_id order by d.id limit 1");
        SessionCookie session = signIn((String) project.get("email"));
        mvc.perform(get("/development-project/" + project.get("programme_id")).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString((String) project.get("goal"))));
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
