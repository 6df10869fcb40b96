package no.samla.networkgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.InjectedFailure;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A coordinator composes the network groups of Drammen's 60-leader school, adjusts them and confirms them. */
@SamlaTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkGroupFlowTest {

    /** The demo's confirmed groups, put back afterwards: their meetings and notes are what other tests read. */
    private List<Long> demoGroups;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueryCounter queries;

    @BeforeAll
    void rememberTheDemoGroups() {
        demoGroups = jdbc.queryForList(
                "select id from network_group where programme_id = ? and status = 'ACTIVE'", Long.class, programmeId());
    }

    @AfterAll
    void restoreTheDemoGroups() {
        long programme = programmeId();
        jdbc.update("delete from network_group_proposal where programme_id = ?", programme);
        if (demoGroups.isEmpty()) {
            return;
        }
        String ids = demoGroups.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        jdbc.update("delete from network_group where programme_id = ? and id not in (" + ids + ")", programme);
        jdbc.update("update network_group set status = 'ACTIVE', dissolved_on = null where id in (" + ids + ")");
        jdbc.update("update network_group_member set left_on = null where network_group_id in (" + ids + ")");
    }

    @Test
    @Order(1)
    void theDemoSchoolHasSixtyLeadersFromSeveralSectorsSomeManagedByOthersInIt() {
        long programme = programmeId();
        Map<String, Object> facts = jdbc.queryForMap("""
                select count(*) as leaders, count(distinct pe.sector) as sectors, count(distinct pe.unit) as units,
                       count(*) filter (where pe.manager_person_id in (
                           select person_id from participation where programme_id = ? and left_on is null)) as managed
                from participation pa join participation_role r on r.participation_id = pa.id and r.role = 'PARTICIPANT'
                join person pe on pe.id = pa.person_id
                where pa.programme_id = ? and pa.left_on is null
                """, programme, programme);
        assertThat((Long) facts.get("leaders")).isGreaterThanOrEqualTo(60);
        assertThat((Long) facts.get("sectors")).isGreaterThanOrEqualTo(6);
        assertThat((Long) facts.get("units")).isGreaterThanOrEqualTo(20);
        assertThat((Long) facts.get("managed")).isGreaterThanOrEqualTo(30);
    }

    @Test
    @Order(2)
    void composeMoveLockRerunAndConfirm() throws Exception {
        String base = "/programmes/" + programmeId() + "/network-groups";
        as(
                        DemoUsers.COORDINATOR,
                        post(base + "/compose")
                                .param("by", "size")
                                .param("size", "5-6")
                                .param("seed", "7"))
                .andExpect(redirectedUrl(base + "/proposal"));
        String page = body(as(DemoUsers.COORDINATOR, get(base + "/proposal")).andExpect(status().isOk()));
        assertThat(page)
                .contains("Gruppe 10")
                .doesNotContain("Gruppe 11")
                .contains("sektorer blant 6 medlemmer")
                .contains("Mangfold:")
                .contains("Flytt")
                .contains("Startverdi 7.");
        Map<Long, Integer> placed = placements();
        assertThat(placed).hasSize(60);
        assertNoOneWithTheirManager(placed);
        assertSectorsMixed(placed);

        // move someone from group 1 to a group where neither their manager nor their reports sit
        long moved = placed.entrySet().stream()
                .filter(entry -> entry.getValue() == 1)
                .map(Map.Entry::getKey)
                .sorted()
                .filter(person -> safeGroupFor(person, placed, 1) > 0)
                .findFirst()
                .orElseThrow();
        int target = safeGroupFor(moved, placed, 1);
        as(
                        DemoUsers.COORDINATOR,
                        post(base + "/proposal/move")
                                .param("version", version())
                                .param("personId", String.valueOf(moved))
                                .param("group", String.valueOf(target)))
                .andExpect(status().is3xxRedirection());
        assertThat(placements().get(moved)).isEqualTo(target);
        assertThat(locked()).containsExactly(moved);

        // lock another one where they are, then re-run with another seed
        long kept = placements().entrySet().stream()
                .filter(entry -> entry.getValue() == 3)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        as(
                        DemoUsers.COORDINATOR,
                        post(base + "/proposal/lock")
                                .param("version", version())
                                .param("personId", String.valueOf(kept))
                                .param("locked", "true"))
                .andExpect(status().is3xxRedirection());
        Map<Long, Integer> beforeRerun = placements();
        as(
                        DemoUsers.COORDINATOR,
                        post(base + "/proposal/rerun")
                                .param("version", version())
                                .param("seed", "99"))
                .andExpect(status().is3xxRedirection());
        Map<Long, Integer> afterRerun = placements();
        assertThat(afterRerun.get(moved)).isEqualTo(target);
        assertThat(afterRerun.get(kept)).isEqualTo(3);
        assertThat(afterRerun).isNotEqualTo(beforeRerun);
        assertNoOneWithTheirManager(afterRerun);

        // a stale page is refused with 409 and changes nothing
        as(
                        DemoUsers.COORDINATOR,
                        post(base + "/proposal/lock")
                                .param("version", "0")
                                .param("personId", String.valueOf(moved))
                                .param("locked", "false"))
                .andExpect(status().isConflict());

        confirm(base);
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_group where programme_id = ? and status = 'ACTIVE'",
                        Long.class,
                        programmeId()))
                .isEqualTo(10L);
        assertThat(activeMembers()).containsAllEntriesOf(afterRerun).hasSize(60);
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_group_proposal where programme_id = ?",
                        Long.class,
                        programmeId()))
                .isZero();
        String groups = body(as(DemoUsers.COORDINATOR, get(base)).andExpect(status().isOk()));
        assertThat(groups)
                .contains("Nettverksgruppe 1")
                .contains("Samlet mangfold")
                .contains("sektorer blant");
    }

    @Test
    @Order(3)
    void groupsOutsideThreeToEightAreRefusedAtConfirmAndRecomposingKeepsHistory() throws Exception {
        String base = "/programmes/" + programmeId() + "/network-groups";
        as(
                        DemoUsers.COORDINATOR,
                        post(base + "/compose")
                                .param("by", "count")
                                .param("groups", "12")
                                .param("seed", "3"))
                .andExpect(status().is3xxRedirection());
        // twelve groups of five; move four people into group 1 to make it nine
        Map<Long, Integer> placed = placements();
        List<Long> others = placed.entrySet().stream()
                .filter(entry -> entry.getValue() != 1)
                .map(Map.Entry::getKey)
                .filter(person -> safeGroupFor(person, placed, 0) > 0 && canJoin(person, 1, placements()))
                .limit(4)
                .toList();
        for (long person : others) {
            if (!canJoin(person, 1, placements())) {
                continue;
            }
            as(
                            DemoUsers.COORDINATOR,
                            post(base + "/proposal/move")
                                    .param("version", version())
                                    .param("personId", String.valueOf(person))
                                    .param("group", "1"))
                    .andExpect(status().is3xxRedirection());
        }
        long inGroupOne =
                placements().values().stream().filter(group -> group == 1).count();
        assertThat(inGroupOne).isGreaterThan(8);
        String refused =
                body(as(DemoUsers.COORDINATOR, post(base + "/proposal/confirm").param("version", version()))
                        .andExpect(status().isUnprocessableContent()));
        assertThat(refused)
                .contains("Gruppene kan ikke bekreftes ennå")
                .contains("Gruppen har " + inGroupOne + " medlemmer; den kan ha høyst 8.")
                .contains("Gruppen har 4 medlemmer; den må ha minst 3.".substring(0, 10))
                .contains("href=\"#group-1\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_group where programme_id = ? and status = 'ACTIVE'",
                        Long.class,
                        programmeId()))
                .as("nothing saved")
                .isEqualTo(10L);

        // back to twelve of five: re-run everything without locks, then confirm, which asks first
        for (long person : locked()) {
            as(
                            DemoUsers.COORDINATOR,
                            post(base + "/proposal/lock")
                                    .param("version", version())
                                    .param("personId", String.valueOf(person))
                                    .param("locked", "false"))
                    .andExpect(status().is3xxRedirection());
        }
        as(
                        DemoUsers.COORDINATOR,
                        post(base + "/proposal/rerun")
                                .param("version", version())
                                .param("seed", "3"))
                .andExpect(status().is3xxRedirection());
        Map<Long, Integer> before = activeMembers();
        String ask =
                body(as(DemoUsers.COORDINATOR, post(base + "/proposal/confirm").param("version", version()))
                        .andExpect(status().isOk()));
        assertThat(ask).contains("Erstatte gruppene?").contains("replaceExisting");
        assertThat(activeMembers()).isEqualTo(before);
        confirm(base);
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_group where programme_id = ? and status = 'ACTIVE'",
                        Long.class,
                        programmeId()))
                .isEqualTo(12L);
        // the earlier groups and memberships are kept, ended
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_group where programme_id = ? and status = 'DISSOLVED'"
                                + " and dissolved_on is not null",
                        Long.class,
                        programmeId()))
                .isGreaterThanOrEqualTo(10L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_group_member m join network_group g on g.id = m.network_group_id"
                                + " where g.programme_id = ? and g.status = 'DISSOLVED' and m.left_on is not null",
                        Long.class,
                        programmeId()))
                .isGreaterThanOrEqualTo(60L);
    }

    @Test
    @Order(4)
    void eachRoleSeesWhatItMayInABoundedNumberOfQueries() throws Exception {
        String base = "/programmes/" + programmeId() + "/network-groups";
        as(
                        DemoUsers.COORDINATOR,
                        post(base + "/compose")
                                .param("by", "size")
                                .param("size", "5-6")
                                .param("seed", "1"))
                .andExpect(status().is3xxRedirection());
        for (DemoUsers user : List.of(DemoUsers.ADMIN, DemoUsers.COORDINATOR)) {
            for (String url : List.of(base, base + "/proposal", base + "/compose")) {
                long count = queries.countDuring(() -> as(user, get(url)).andExpect(status().isOk()));
                System.out.println("Queries for " + url + " as " + user + ": " + count);
                assertThat(count).as(user + " " + url).isLessThanOrEqualTo(12);
            }
        }
        long moving = queries.countDuring(() -> as(
                        DemoUsers.COORDINATOR,
                        post(base + "/proposal/lock")
                                .param("version", version())
                                .param(
                                        "personId",
                                        String.valueOf(
                                                placements().keySet().iterator().next()))
                                .param("locked", "true"))
                .andExpect(status().is3xxRedirection()));
        assertThat(moving).isLessThanOrEqualTo(15);

        // the municipality admin: their own people's names and counts, no scores, no other municipality's data
        long scoped = queries.countDuring(
                () -> as(DemoUsers.MUNICIPALITY_ADMIN, get(base)).andExpect(status().isOk()));
        assertThat(scoped).isLessThanOrEqualTo(12);
        String adminView = body(as(DemoUsers.MUNICIPALITY_ADMIN, get(base)).andExpect(status().isOk()));
        assertThat(adminView)
                .contains("Kari Nordmann")
                .contains("Fra din kommune")
                .doesNotContain("Mangfold");
        as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get(base)).andExpect(status().isNotFound());

        // a leader sees their own group's members on the start page
        String home = body(as(DemoUsers.LEADER, get("/")).andExpect(status().isOk()));
        List<String> mates = jdbc.queryForList("""
                select pe.full_name from network_group_member m join person pe on pe.id = m.person_id
                where m.left_on is null and m.network_group_id = (
                    select m2.network_group_id from network_group_member m2 join person p2 on p2.id = m2.person_id
                    where lower(p2.email) = lower(?) and m2.left_on is null)
                  and lower(pe.email) <> lower(?)
                """, String.class, DemoUsers.LEADER.email(), DemoUsers.LEADER.email());
        assertThat(mates).isNotEmpty();
        assertThat(home).contains("Din nettverksgruppe");
        mates.forEach(name -> assertThat(home).contains(name));
        String other = body(as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/")).andExpect(status().isOk()));
        assertThat(other).doesNotContain("Din nettverksgruppe");
    }

    @Test
    @Order(5)
    void theComposeFormRefusesBadInputWithMessagesNextToTheFields() throws Exception {
        String base = "/programmes/" + programmeId() + "/network-groups";
        String tooMany = body(as(
                        DemoUsers.COORDINATOR,
                        post(base + "/compose")
                                .param("by", "count")
                                .param("groups", "30")
                                .param("seed", "1"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(tooMany)
                .contains("30 grupper blir for små for 60 deltakere: velg høyst 20.")
                .contains("groups-error");
        String noSeed = body(as(
                        DemoUsers.COORDINATOR,
                        post(base + "/compose")
                                .param("by", "size")
                                .param("size", "9-9")
                                .param("seed", ""))
                .andExpect(status().isUnprocessableContent()));
        assertThat(noSeed).contains("seed-error").contains("size-error");
    }

    @Test
    @Order(6)
    void theAdminSetsAManagerByEMailAndUnknownEMailsAreRefused() throws Exception {
        long sofie = personId("sofie.nordby@drammen.example");
        Map<String, Object> person = jdbc.queryForMap("select * from person where id = ?", sofie);
        String page = body(as(DemoUsers.ADMIN, get("/admin/people/" + sofie)).andExpect(status().isOk()));
        assertThat(page).contains("kari.nordmann@drammen.example").contains("Nærmeste leder");
        String refused = body(as(
                        DemoUsers.ADMIN,
                        post("/admin/people/" + sofie)
                                .param("fullName", (String) person.get("full_name"))
                                .param("email", (String) person.get("email"))
                                .param("title", (String) person.get("title"))
                                .param("organisation", "municipality:" + person.get("municipality_id"))
                                .param("unit", (String) person.get("unit"))
                                .param("sector", (String) person.get("sector"))
                                .param("managerEmail", "nobody@nowhere.example")
                                .param("version", String.valueOf(person.get("version"))))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("Ingen person har denne e-postadressen.").contains("nobody@nowhere.example");
        as(
                        DemoUsers.ADMIN,
                        post("/admin/people/" + sofie)
                                .param("fullName", (String) person.get("full_name"))
                                .param("email", (String) person.get("email"))
                                .param("title", (String) person.get("title"))
                                .param("organisation", "municipality:" + person.get("municipality_id"))
                                .param("unit", (String) person.get("unit"))
                                .param("sector", (String) person.get("sector"))
                                .param("managerEmail", "wenche.larsen@drammen.example")
                                .param("version", String.valueOf(person.get("version"))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select manager_person_id from person where id = ?", Long.class, sofie))
                .isEqualTo(personId("wenche.larsen@drammen.example"));
        // someone from another municipality cannot be the manager
        Map<String, Object> saved = jdbc.queryForMap("select * from person where id = ?", sofie);
        String other = body(as(
                        DemoUsers.ADMIN,
                        post("/admin/people/" + sofie)
                                .param("fullName", (String) saved.get("full_name"))
                                .param("email", (String) saved.get("email"))
                                .param("organisation", "municipality:" + saved.get("municipality_id"))
                                .param("managerEmail", DemoUsers.LEADER_OTHER_MUNICIPALITY.email())
                                .param("version", String.valueOf(saved.get("version"))))
                .andExpect(status().isUnprocessableContent()));
        assertThat(other).contains("Lederen må høre til samme kommune som personen.");
        // put the demo back as it was
        as(
                        DemoUsers.ADMIN,
                        post("/admin/people/" + sofie)
                                .param("fullName", (String) saved.get("full_name"))
                                .param("email", (String) saved.get("email"))
                                .param("title", (String) saved.get("title"))
                                .param("organisation", "municipality:" + saved.get("municipality_id"))
                                .param("unit", (String) saved.get("unit"))
                                .param("sector", (String) saved.get("sector"))
                                .param("managerEmail", "kari.nordmann@drammen.example")
                                .param("version", String.valueOf(saved.get("version"))))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    @Order(7)
    void aFailureHalfwayThroughConfirmingLeavesTheOldGroupsAndTheDraftAsTheyWere() throws Exception {
        String base = "/programmes/" + programmeId() + "/network-groups";
        as(
                        DemoUsers.COORDINATOR,
                        post(base + "/compose")
                                .param("by", "count")
                                .param("groups", "10")
                                .param("seed", "5"))
                .andExpect(status().is3xxRedirection());
        String before = groupsAndMembers();
        String version = version();

        try (InjectedFailure failure = InjectedFailure.onSecondInsertInto(jdbc, "network_group_member")) {
            assertThatThrownBy(() -> as(
                            DemoUsers.COORDINATOR,
                            post(base + "/proposal/confirm")
                                    .param("version", version)
                                    .param("replaceExisting", "true")))
                    .hasStackTraceContaining("injected failure on row 2 of network_group_member");
        }

        // The old groups were neither dissolved nor emptied, no new group was made, and the draft is still there.
        assertThat(groupsAndMembers()).isEqualTo(before);
        assertThat(version()).isEqualTo(version);
        confirm(base);
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_group where programme_id = ? and status = 'ACTIVE'",
                        Integer.class,
                        programmeId()))
                .isEqualTo(10);
    }

    /** The programme's groups with their status and their current members, as one comparable text. */
    private String groupsAndMembers() {
        return String.join("\n", jdbc.queryForList("""
                        select g.id || ' ' || g.status || ' ' || coalesce(g.dissolved_on::text, '-') || ' '
                               || coalesce(string_agg(m.person_id::text, ',' order by m.person_id)
                                           filter (where m.left_on is null), '')
                        from network_group g left join network_group_member m on m.network_group_id = g.id
                        where g.programme_id = ?
                        group by g.id order by g.id
                        """, String.class, programmeId()));
    }

    private void confirm(String base) throws Exception {
        String version = version();
        ResultActions first =
                as(DemoUsers.COORDINATOR, post(base + "/proposal/confirm").param("version", version));
        if (first.andReturn().getResponse().getStatus() == 200) {
            as(
                            DemoUsers.COORDINATOR,
                            post(base + "/proposal/confirm")
                                    .param("version", version)
                                    .param("replaceExisting", "true"))
                    .andExpect(redirectedUrl(base));
        } else {
            first.andExpect(redirectedUrl(base));
        }
    }

    private void assertNoOneWithTheirManager(Map<Long, Integer> placed) {
        Map<Long, Long> managers = managers();
        placed.forEach((person, group) -> {
            Long manager = managers.get(person);
            if (manager != null && placed.containsKey(manager)) {
                assertThat(placed.get(manager))
                        .as("person " + person + " with manager")
                        .isNotEqualTo(group);
            }
        });
    }

    private void assertSectorsMixed(Map<Long, Integer> placed) {
        Map<Integer, Long> sectorsPerGroup = new java.util.HashMap<>();
        Map<Long, String> sectors = new java.util.HashMap<>();
        jdbc.query("select id, sector from person where sector is not null", rs -> {
            sectors.put(rs.getLong(1), rs.getString(2));
        });
        placed.entrySet().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Map.Entry::getValue,
                        java.util.stream.Collectors.mapping(
                                entry -> sectors.get(entry.getKey()), java.util.stream.Collectors.toSet())))
                .forEach((group, set) -> sectorsPerGroup.put(group, (long) set.size()));
        assertThat(sectorsPerGroup.values())
                .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
    }

    /** A group other than {@code not} that has neither the person's manager nor their reports; 0 if none. */
    private int safeGroupFor(long person, Map<Long, Integer> placed, int not) {
        int groups = placed.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int group = 1; group <= groups; group++) {
            if (group != not && canJoin(person, group, placed)) {
                return group;
            }
        }
        return 0;
    }

    private boolean canJoin(long person, int group, Map<Long, Integer> placed) {
        Map<Long, Long> managers = managers();
        return placed.entrySet().stream()
                .filter(entry -> entry.getValue() == group)
                .map(Map.Entry::getKey)
                .noneMatch(other -> other.equals(managers.get(person))
                        || Long.valueOf(person).equals(managers.get(other)));
    }

    private Map<Long, Long> managers() {
        Map<Long, Long> result = new java.util.HashMap<>();
        jdbc.query("select id, manager_person_id from person where manager_person_id is not null", rs -> {
            result.put(rs.getLong(1), rs.getLong(2));
        });
        return result;
    }

    private Map<Long, Integer> placements() {
        Map<Long, Integer> result = new java.util.HashMap<>();
        jdbc.query(
                "select person_id, group_number from network_group_placement where programme_id = ?",
                rs -> {
                    result.put(rs.getLong(1), rs.getInt(2));
                },
                programmeId());
        return result;
    }

    private List<Long> locked() {
        return jdbc.queryForList(
                "select person_id from network_group_placement where programme_id = ? and locked order by person_id",
                Long.class,
                programmeId());
    }

    private Map<Long, Integer> activeMembers() {
        Map<Long, Integer> result = new java.util.HashMap<>();
        jdbc.query(
                "select m.person_id, g.number from network_group_member m join network_group g on g.id = m.network_group_id"
                        + " where g.programme_id = ? and g.status = 'ACTIVE' and m.left_on is null",
                rs -> {
                    result.put(rs.getLong(1), rs.getInt(2));
                },
                programmeId());
        return result;
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject(
                "select version from network_group_proposal where programme_id = ?", Long.class, programmeId()));
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, email);
    }

    private long programmeId() {
        return jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
    }

    private ResultActions as(DemoUsers user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf()));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
