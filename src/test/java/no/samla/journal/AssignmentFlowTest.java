package no.samla.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.networkgroup.NetworkGroups;
import no.samla.people.Accounts;
import no.samla.programme.Enrolments;
import no.samla.programme.ParticipationRole;
import no.samla.programme.Programme;
import no.samla.programme.Programmes;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assignments end to end: the demo's spread, giving one to each audience fixes the right recipients, validation keeps
 * the input, a leader marks done and opens again, nobody but a recipient finds an assignment, and the lists run a
 * bounded number of queries. Everything a test creates is rolled back.
 */
@SamlaTest
class AssignmentFlowTest {

    static final long MAX_STATEMENTS = 14;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Assignments assignments;

    @Autowired
    ProgrammeAssignments programmeAssignments;

    @Autowired
    Programmes programmes;

    @Autowired
    Enrolments enrolments;

    @Autowired
    NetworkGroups networkGroups;

    @Autowired
    QueryCounter queries;

    Programme school;
    long kari;
    long marte;

    @BeforeEach
    void demo() {
        school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
        kari = person(DemoAccounts.LEADER_DRAMMEN);
        marte = person(DemoAccounts.COORDINATOR_FJORD);
    }

    @Test
    void theDemoGivesKariAnOpenAssignmentDueWithinWeeksAndOneDone() {
        List<LeaderAssignment> mine =
                assignments.mine(kari, PageRequest.of(0, 50)).getContent();
        // Three weeks after the demo was loaded (this test run), or the programme's last day if that comes first.
        LocalDate soon = LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(3);
        LocalDate due = soon.isAfter(school.getEndDate()) ? school.getEndDate() : soon;
        assertThat(mine).anySatisfy(assignment -> {
            assertThat(assignment.done()).isFalse();
            assertThat(assignment.dueOn()).isBetween(due.minusDays(1), due);
        });
        assertThat(mine).anySatisfy(assignment -> assertThat(assignment.done()).isTrue());
        // Open ones first, soonest due first; then the done ones.
        List<Boolean> doneInOrder = mine.stream().map(LeaderAssignment::done).toList();
        assertThat(doneInOrder.indexOf(true)).isGreaterThan(doneInOrder.lastIndexOf(false));
        List<LocalDate> openDue = mine.stream()
                .filter(assignment -> !assignment.done())
                .map(LeaderAssignment::dueOn)
                .toList();
        assertThat(openDue).isSorted();
        // A realistic spread: at the school, some leaders have done the first assignment and some have not.
        ProgrammeAssignment first = programmeAssignments.of(school.getId(), PageRequest.of(0, 25)).getContent().stream()
                .filter(assignment ->
                        assignment.audience() == AssignmentAudience.ALL && assignment.gatheringId() != null)
                .filter(assignment -> assignment.kind() == AssignmentKind.PRACTISE)
                .findFirst()
                .orElseThrow();
        assertThat(first.done()).isPositive().isLessThan(first.recipients());
        assertThat(programmeAssignments
                        .of(school.getId(), PageRequest.of(0, 25))
                        .getContent())
                .extracting(ProgrammeAssignment::audience)
                .contains(AssignmentAudience.ALL, AssignmentAudience.NETWORK_GROUP, AssignmentAudience.CHOSEN);
    }

    @Test
    void givingToEachAudienceFixesItsRecipientsAmongTheParticipants() {
        inRolledBackTransaction(() -> {
            Set<Long> participants = participants(school.getId());
            long all = give(DemoUsers.COORDINATOR, school, "Alle sammen", "ALL", null);
            assertThat(recipients(all)).isEqualTo(participants);
            // The coordinator, a facilitator in the programme, is not among them.
            assertThat(recipients(all)).doesNotContain(marte);

            long group = networkGroups.groupsOf(kari).keySet().iterator().next().groupId();
            long network =
                    give(DemoUsers.COORDINATOR, school, "Nettverket", "NETWORK_GROUP", "networkGroupId=" + group);
            Set<Long> members = networkGroups.confirmed(school.getId()).groups().stream()
                    .filter(confirmed -> confirmed.group().getId() == group)
                    .flatMap(confirmed -> confirmed.members().stream())
                    .map(member -> member.personId())
                    .filter(participants::contains)
                    .collect(Collectors.toSet());
            assertThat(recipients(network)).isEqualTo(members).contains(kari).hasSizeBetween(3, 8);

            long other =
                    participants.stream().filter(id -> id != kari).findFirst().orElseThrow();
            long chosen = give(
                    DemoUsers.COORDINATOR,
                    school,
                    "Utvalgte",
                    "CHOSEN",
                    "chosenPersonIds=" + kari + "&chosenPersonIds=" + other);
            assertThat(recipients(chosen)).containsExactlyInAnyOrder(kari, other);

            Programme innlandet = programme(DemoProgrammes.INNLANDET_INNOVATION);
            long stangeGroup = enrolments.leaderGroups(innlandet.getId(), null).stream()
                    .filter(leaderGroup -> enrolments
                            .participantsInLeaderGroup(innlandet.getId(), leaderGroup.getId())
                            .contains(person(DemoAccounts.LEADER_STANGE)))
                    .findFirst()
                    .orElseThrow()
                    .getId();
            long leaders = give(
                    DemoUsers.COORDINATOR_OTHER,
                    innlandet,
                    "Ledergruppa",
                    "LEADER_GROUP",
                    "leaderGroupId=" + stangeGroup);
            assertThat(recipients(leaders))
                    .isEqualTo(enrolments.participantsInLeaderGroup(innlandet.getId(), stangeGroup))
                    .contains(person(DemoAccounts.LEADER_STANGE))
                    .isNotEqualTo(participants(innlandet.getId()));
            return null;
        });
    }

    @Test
    void aChosenAudienceWithoutPeopleOrGroupAndABadDueDateAreShownNextToTheFieldsWithTheInputKept() throws Exception {
        long firstGathering = gathering(1);
        inRolledBackTransaction(() -> {
            String page = body(as(
                            DemoUsers.COORDINATOR,
                            post("/programmes/" + school.getId() + "/assignments/new")
                                    .param("kind", "REFLECT")
                                    .param("title", "Mitt eget forslag")
                                    .param("description", "Skriv om noe du så")
                                    .param("gatheringId", String.valueOf(firstGathering))
                                    .param("dueOn", "2026-01-01")
                                    .param("audience", "CHOSEN"))
                    .andExpect(status().isUnprocessableContent()));
            assertThat(page)
                    .contains("Velg minst én deltaker.")
                    .contains("id=\"chosenPersonIds-error\"")
                    .contains("Fristen kan ikke være før samlingen oppgaven gis på.")
                    .contains("id=\"dueOn-error\"")
                    .contains("value=\"Mitt eget forslag\"")
                    .contains("Skriv om noe du s")
                    .contains("value=\"2026-01-01\"");
            String network = body(as(
                            DemoUsers.COORDINATOR,
                            post("/programmes/" + school.getId() + "/assignments/new")
                                    .param("kind", "NETWORK_GROUP")
                                    .param("title", "Drøft")
                                    .param(
                                            "dueOn",
                                            school.getEndDate().plusDays(1).toString())
                                    .param("audience", "NETWORK_GROUP"))
                    .andExpect(status().isUnprocessableContent()));
            assertThat(network)
                    .contains("Velg en nettverksgruppe.")
                    .contains("id=\"networkGroupId-error\"")
                    .contains("Fristen kan ikke være etter at programmet slutter.");
            assertThat(jdbc.queryForObject(
                            "select count(*) from assignment where title in ('Mitt eget forslag', 'Drøft')",
                            Integer.class))
                    .isZero();
            return null;
        });
    }

    @Test
    void withoutADueDateTheAssignmentIsDueAtTheNextGathering() {
        inRolledBackTransaction(() -> {
            long id = direct(
                    AssignmentKind.PREPARE, "Forbered samling 2", gathering(1), null, AssignmentAudience.ALL, Set.of());
            assertThat(programmeAssignments.get(school.getId(), id).dueOn())
                    .isEqualTo(jdbc.queryForObject(
                            "select start_date from gathering where id = ?", LocalDate.class, gathering(2)));
            return null;
        });
    }

    @Test
    void theLeaderMarksAnAssignmentDoneAndOpensItAgain() throws Exception {
        inRolledBackTransaction(() -> {
            long open = assignments.mine(kari, PageRequest.of(0, 50)).getContent().stream()
                    .filter(assignment -> !assignment.done())
                    .findFirst()
                    .orElseThrow()
                    .id();
            String list = body(as(DemoUsers.LEADER, get("/assignments")).andExpect(status().isOk()));
            assertThat(list)
                    .contains("/journal/new?programme=" + school.getId() + "&amp;assignment=" + open)
                    .contains("Skriv logg om denne");
            as(DemoUsers.LEADER, post("/assignments/" + open + "/done")).andExpect(status().is3xxRedirection());
            assertThat(assignments.ofLeader(kari, open).orElseThrow().done()).isTrue();
            as(DemoUsers.LEADER, post("/assignments/" + open + "/undo")).andExpect(status().is3xxRedirection());
            assertThat(assignments.ofLeader(kari, open).orElseThrow().done()).isFalse();
            return null;
        });
    }

    @Test
    void anOverdueAssignmentIsSaidInWords() throws Exception {
        inRolledBackTransaction(() -> {
            long id = direct(
                    AssignmentKind.REFLECT,
                    "Gammel oppgave",
                    null,
                    LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(3),
                    AssignmentAudience.CHOSEN,
                    Set.of(kari));
            String list = body(as(DemoUsers.LEADER, get("/assignments")).andExpect(status().isOk()));
            assertThat(list).contains("Forfalt: fristen var");
            assertThat(list.indexOf("Gammel oppgave")).isLessThan(list.indexOf("Observer et ledermøte"));
            assertThat(assignments.ofLeader(kari, id)).isPresent();
            return null;
        });
    }

    @Test
    void aLeaderWhoIsNotARecipientFindsNoAssignmentRoute() throws Exception {
        long notKaris = jdbc.queryForObject(
                "select min(a.id) from assignment a where a.audience = 'CHOSEN' and not exists"
                        + " (select 1 from assignment_recipient r where r.assignment_id = a.id and r.person_id = ?)",
                Long.class,
                kari);
        long karis =
                assignments.mine(kari, PageRequest.of(0, 1)).getContent().get(0).id();
        inRolledBackTransaction(() -> {
            for (String route : List.of("/done", "/undo")) {
                as(DemoUsers.LEADER, post("/assignments/" + notKaris + route)).andExpect(status().isNotFound());
                as(DemoUsers.LEADER_OTHER_MUNICIPALITY, post("/assignments/" + karis + route))
                        .andExpect(status().isNotFound());
                as(DemoUsers.COORDINATOR, post("/assignments/" + karis + route)).andExpect(status().isNotFound());
            }
            as(DemoUsers.LEADER, get("/programmes/" + school.getId() + "/assignments/" + karis))
                    .andExpect(status().isForbidden());
            String others = body(
                    as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/assignments")).andExpect(status().isOk()));
            assertThat(others).doesNotContain("Observer et ledermøte");
            return null;
        });
    }

    @Test
    void anEditOnAStaleVersionIsRefusedAndDeletingNeedsAConfirmation() throws Exception {
        inRolledBackTransaction(() -> {
            long id =
                    direct(AssignmentKind.MATERIAL, "Se filmen", gathering(1), null, AssignmentAudience.ALL, Set.of());
            String url = "/programmes/" + school.getId() + "/assignments/" + id;
            as(DemoUsers.COORDINATOR, edit(url, "Se filmen igjen", 0)).andExpect(status().is3xxRedirection());
            assertThat(programmeAssignments.get(school.getId(), id).title()).isEqualTo("Se filmen igjen");
            String stale =
                    body(as(DemoUsers.COORDINATOR, edit(url, "Utdatert", 0)).andExpect(status().isConflict()));
            assertThat(stale).contains("value=\"Utdatert\"");
            assertThat(programmeAssignments.get(school.getId(), id).title()).isEqualTo("Se filmen igjen");
            String late = body(as(
                            DemoUsers.COORDINATOR,
                            edit(url, "For sent", 1, school.getEndDate().plusDays(1)))
                    .andExpect(status().isUnprocessableContent()));
            assertThat(late).contains("Fristen kan ikke være etter at programmet slutter.");
            String detail = body(as(DemoUsers.COORDINATOR, get(url)).andExpect(status().isOk()));
            assertThat(detail).contains("0 av " + participants(school.getId()).size());

            as(DemoUsers.COORDINATOR, post(url + "/delete")).andExpect(status().isUnprocessableContent());
            assertThat(exists(id)).isTrue();
            as(DemoUsers.COORDINATOR_OTHER, post(url + "/delete").param("confirm", "true"))
                    .andExpect(status().isNotFound());
            as(DemoUsers.MUNICIPALITY_ADMIN, post(url + "/delete").param("confirm", "true"))
                    .andExpect(status().isForbidden());
            assertThat(exists(id)).isTrue();
            as(DemoUsers.COORDINATOR, post(url + "/delete").param("confirm", "true"))
                    .andExpect(status().is3xxRedirection());
            assertThat(exists(id)).isFalse();
            return null;
        });
    }

    @Test
    void theCoordinatorsListAndTheLeadersListRunABoundedNumberOfQueries() throws Exception {
        inRolledBackTransaction(() -> {
            String list = "/programmes/" + school.getId() + "/assignments";
            long coordinatorBefore = queries.countDuring(
                    () -> as(DemoUsers.COORDINATOR, get(list)).andExpect(status().isOk()));
            long leaderBefore = queries.countDuring(
                    () -> as(DemoUsers.LEADER, get("/assignments")).andExpect(status().isOk()));
            for (int i = 0; i < 30; i++) {
                long id = direct(
                        AssignmentKind.REFLECT,
                        "Refleksjon " + i,
                        gathering(1),
                        null,
                        AssignmentAudience.ALL,
                        Set.of());
                if (i % 2 == 0) {
                    assignments.markDone(kari, id);
                }
            }
            long coordinatorAfter = queries.countDuring(
                    () -> as(DemoUsers.COORDINATOR, get(list)).andExpect(status().isOk()));
            long leaderAfter = queries.countDuring(
                    () -> as(DemoUsers.LEADER, get("/assignments")).andExpect(status().isOk()));
            long detail = queries.countDuring(() -> as(
                            DemoUsers.COORDINATOR,
                            get(list + "/"
                                    + assignments
                                            .mine(kari, Pageable.ofSize(1))
                                            .getContent()
                                            .get(0)
                                            .id()))
                    .andExpect(status().isOk()));
            // The page query and its count: never one query per row.
            assertThat(coordinatorAfter).isLessThanOrEqualTo(coordinatorBefore).isLessThanOrEqualTo(MAX_STATEMENTS);
            assertThat(leaderAfter).isLessThanOrEqualTo(leaderBefore).isLessThanOrEqualTo(MAX_STATEMENTS);
            assertThat(detail).isLessThanOrEqualTo(MAX_STATEMENTS);
            return null;
        });
    }

    private MockHttpServletRequestBuilder edit(String url, String title, long version) {
        return edit(url, title, version, school.getEndDate());
    }

    private MockHttpServletRequestBuilder edit(String url, String title, long version, LocalDate dueOn) {
        return post(url)
                .param("kind", "MATERIAL")
                .param("title", title)
                .param("description", "")
                .param("dueOn", dueOn.toString())
                .param("version", String.valueOf(version));
    }

    /** Gives an assignment through the facade, as the school's coordinator. */
    private long direct(
            AssignmentKind kind,
            String title,
            Long gathering,
            LocalDate dueOn,
            AssignmentAudience audience,
            Set<Long> chosen) {
        return programmeAssignments.create(
                school, new AssignmentData(kind, title, "", gathering, dueOn, audience, null, null, chosen), marte);
    }

    private long give(DemoUsers coordinator, Programme programme, String title, String audience, String extra)
            throws Exception {
        String query = extra == null ? "" : "?" + extra;
        MvcResult result = as(
                        coordinator,
                        post("/programmes/" + programme.getId() + "/assignments/new" + query)
                                .param("kind", "PRACTISE")
                                .param("title", title)
                                .param("audience", audience)
                                .param("dueOn", programme.getEndDate().toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Set<Long> recipients(long assignmentId) {
        return new HashSet<>(jdbc.queryForList(
                "select person_id from assignment_recipient where assignment_id = ?", Long.class, assignmentId));
    }

    private Set<Long> participants(long programmeId) {
        return enrolments.participants(programmeId, null, false, Pageable.unpaged()).stream()
                .filter(row -> row.roles().contains(ParticipationRole.PARTICIPANT))
                .map(row -> row.personId())
                .collect(Collectors.toSet());
    }

    private boolean exists(long id) {
        return jdbc.queryForObject("select count(*) from assignment where id = ?", Integer.class, id) > 0;
    }

    private long gathering(int number) {
        return jdbc.queryForObject(
                "select id from gathering where programme_id = ? and number = ?", Long.class, school.getId(), number);
    }

    private Programme programme(String name) {
        return programmes
                .find(jdbc.queryForObject("select id from programme where name = ?", Long.class, name))
                .orElseThrow();
    }

    private long person(String email) {
        return jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, email);
    }

    private org.springframework.test.web.servlet.ResultActions as(DemoUsers user, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf()));
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private <T> T inRolledBackTransaction(Callable<T> work) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
