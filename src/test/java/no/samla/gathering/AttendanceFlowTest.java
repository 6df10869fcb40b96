package no.samla.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Coordinators mark attendance at a gathering; municipality admins read their own people's part. */
@SamlaTest
class AttendanceFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Attendances attendances;

    @Autowired
    Gatherings gatherings;

    @Autowired
    QueryCounter queries;

    @Test
    void theSheetListsEveryParticipantWithThreeButtonsAndTheRate() throws Exception {
        String sheet = sheetUrl(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        String page = body(as(DemoUsers.COORDINATOR, get(sheet)).andExpect(status().isOk()));
        long kari = personId("kari.nordmann@drammen.example");
        assertThat(page)
                .contains("Kari Nordmann")
                .contains("id=\"person-" + kari + "\"")
                .contains("Til stede")
                .contains("Gyldig fravær")
                .contains("aria-pressed=")
                .contains("hx-post=\"" + sheet + "/" + kari + "\"")
                .contains("id=\"attendance-rate\"")
                .contains("av alle aktive deltakere")
                // the facilitator is enrolled too, but not as a participant
                .doesNotContain(">Marte Lien<");
        assertThat(body(as(DemoUsers.COORDINATOR, get(programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL)))))
                .contains(sheet)
                .contains(programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL) + "/attendance");
    }

    @Test
    void theDemoHasAttendanceAtTheFirstGatheringOfTheDrammenSchool() {
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        Map<String, Object> counts = jdbc.queryForMap(
                "select count(*) filter (where status = 'PRESENT') as present,"
                        + " count(*) filter (where status = 'ABSENT') as absent,"
                        + " count(*) filter (where status = 'EXCUSED') as excused,"
                        + " count(*) filter (where late) as late from attendance where gathering_id = ?",
                gathering);
        assertThat(counts)
                .containsEntry("absent", 1L)
                .containsEntry("excused", 1L)
                .containsEntry("late", 1L);
        assertThat((Long) counts.get("present")).isGreaterThan(2L);
        AttendanceSheet sheet = attendances.sheet(programmeId(DemoProgrammes.DRAMMEN_SCHOOL), gathering, null);
        assertThat(sheet.rate().present()).isEqualTo(counts.get("present"));
    }

    @Test
    void twoFacilitatorsMarkingAtOnceLoseNothing() throws Exception {
        long programme = programmeId(DemoProgrammes.LEVANGER);
        long gathering = gatheringId(DemoProgrammes.LEVANGER, 4);
        List<Long> people = jdbc.queryForList(
                "select pa.person_id from participation pa join participation_role r on r.participation_id = pa.id"
                        + " where pa.programme_id = ? and pa.left_on is null and r.role = 'PARTICIPANT' order by 1",
                Long.class,
                programme);
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (long person : people) {
            for (AttendanceStatus status : List.of(AttendanceStatus.ABSENT, AttendanceStatus.PRESENT)) {
                Thread thread = new Thread(() -> {
                    try {
                        attendances.mark(programme, gathering, person, status, false, null, null);
                    } catch (Throwable failure) {
                        failures.add(failure);
                    }
                });
                thread.start();
                threads.add(thread);
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from attendance where gathering_id = ?", Long.class, gathering))
                .isEqualTo(people.size());
    }

    @Test
    void markingWorksAsAPlainFormAndWithHtmx() throws Exception {
        String sheet = sheetUrl(DemoProgrammes.DRAMMEN_SCHOOL, 2);
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 2);
        long kari = personId("kari.nordmann@drammen.example");

        as(DemoUsers.COORDINATOR, post(sheet + "/" + kari).param("status", "ABSENT"))
                .andExpect(redirectedUrl(sheet + "#person-" + kari));
        assertThat(row(gathering, kari)).containsEntry("status", "ABSENT").containsEntry("late", false);
        assertThat(jdbc.queryForObject(
                        "select updated_by_person_id from attendance where gathering_id = ? and person_id = ?",
                        Long.class,
                        gathering,
                        kari))
                .isEqualTo(personId(DemoUsers.COORDINATOR.email()));

        String fragment = body(as(
                        DemoUsers.COORDINATOR,
                        post(sheet + "/" + kari)
                                .param("status", "PRESENT")
                                .param("late", "true")
                                .param("comment", "  Togforsinkelse  ")
                                .header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(row(gathering, kari))
                .containsEntry("status", "PRESENT")
                .containsEntry("late", true)
                .containsEntry("comment", "Togforsinkelse");
        assertThat(fragment)
                .startsWith("<li")
                .contains("id=\"person-" + kari + "\"")
                .doesNotContain("<html")
                .doesNotContain("<h1")
                .contains("id=\"status-" + kari + "-PRESENT\" aria-pressed=\"true\" data-focus-after-swap=\"true\"")
                .contains("id=\"status-" + kari + "-ABSENT\" aria-pressed=\"false\"")
                .contains("hx-swap-oob=\"true\"")
                .contains("Togforsinkelse");

        // Saving the note keeps the status and the focus on the save button.
        String saved = body(as(
                        DemoUsers.COORDINATOR,
                        post(sheet + "/" + kari)
                                .param("save", "PRESENT")
                                .param("comment", "")
                                .header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(row(gathering, kari))
                .containsEntry("status", "PRESENT")
                .containsEntry("late", false)
                .containsEntry("comment", null);
        assertThat(saved).contains("id=\"save-" + kari + "\" data-focus-after-swap=\"true\"");
    }

    @Test
    void strangersBadStatusesAndLongNotesAreRefusedAndNothingIsSaved() throws Exception {
        String sheet = sheetUrl(DemoProgrammes.DRAMMEN_SCHOOL, 3);
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 3);
        long ola = personId("ola.haugen@stange.example");
        long marte = personId(DemoUsers.COORDINATOR.email());
        long kari = personId("kari.nordmann@drammen.example");

        as(DemoUsers.COORDINATOR, post(sheet + "/" + ola).param("status", "PRESENT"))
                .andExpect(status().isNotFound());
        // the facilitator takes part, but not as a participant
        as(DemoUsers.COORDINATOR, post(sheet + "/" + marte).param("status", "PRESENT"))
                .andExpect(status().isNotFound());
        as(DemoUsers.COORDINATOR, post(sheet + "/999999999").param("status", "PRESENT"))
                .andExpect(status().isNotFound());
        for (String bad : List.of("LATE", "present", "")) {
            as(DemoUsers.COORDINATOR, post(sheet + "/" + kari).param("status", bad))
                    .andExpect(status().isBadRequest());
        }
        as(DemoUsers.COORDINATOR, post(sheet + "/" + kari)).andExpect(status().isBadRequest());
        String page = body(as(
                        DemoUsers.COORDINATOR,
                        post(sheet + "/" + kari).param("status", "EXCUSED").param("comment", "x".repeat(501)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("id=\"comment-" + kari + "-error\"")
                .contains("høyst 500 tegn")
                .contains("x".repeat(501))
                .contains("autofocus=\"autofocus\"")
                .doesNotContain("data-focus-after-swap");
        // htmx swaps only successful answers: the row comes back with the message and the focus on the note.
        String row = body(as(
                        DemoUsers.COORDINATOR,
                        post(sheet + "/" + kari)
                                .param("status", "EXCUSED")
                                .param("comment", "x".repeat(501))
                                .header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(row)
                .startsWith("<li")
                .contains("id=\"comment-" + kari + "-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("data-focus-after-swap=\"true\"");
        assertThat(jdbc.queryForObject("select count(*) from attendance where gathering_id = ?", Long.class, gathering))
                .isZero();
        // A gathering of another programme is not found through this one.
        as(
                        DemoUsers.COORDINATOR,
                        post(programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL) + "/gatherings/"
                                        + gatheringId(DemoProgrammes.LEVANGER, 1) + "/attendance/" + kari)
                                .param("status", "PRESENT"))
                .andExpect(status().isNotFound());
    }

    @Test
    void ratesCountPresentOutOfAllActiveParticipants() throws Exception {
        long programme = programmeId(DemoProgrammes.LEVANGER);
        List<Gathering> all = gatherings.of(programme);
        Gathering first = all.get(0);
        Gathering second = all.get(1);
        List<ProgrammeAttendance.Person> people = List.of(
                new ProgrammeAttendance.Person(1, "A", "Levanger"),
                new ProgrammeAttendance.Person(2, "B", "Levanger"),
                new ProgrammeAttendance.Person(3, "C", "Verdal"),
                new ProgrammeAttendance.Person(4, "D", null));
        List<ProgrammeAttendance.Mark> marks = List.of(
                new ProgrammeAttendance.Mark(first.getId(), 1, AttendanceStatus.PRESENT, false),
                new ProgrammeAttendance.Mark(first.getId(), 2, AttendanceStatus.PRESENT, true),
                new ProgrammeAttendance.Mark(first.getId(), 3, AttendanceStatus.EXCUSED, false),
                new ProgrammeAttendance.Mark(second.getId(), 1, AttendanceStatus.PRESENT, false),
                new ProgrammeAttendance.Mark(second.getId(), 2, AttendanceStatus.ABSENT, false),
                // someone who has left is not counted
                new ProgrammeAttendance.Mark(first.getId(), 99, AttendanceStatus.PRESENT, false));
        // Only the first gathering has started: the second's marks count for it, not for people.
        ProgrammeAttendance rates = ProgrammeAttendance.count(all, Set.of(first.getId()), people, marks);

        assertThat(rates.startedGatherings()).isEqualTo(1);
        ProgrammeAttendance.GatheringLine one = rates.gatherings().get(0);
        assertThat(one.started()).isTrue();
        assertThat(List.of(one.present(), one.late(), one.absent(), one.excused(), one.unmarked()))
                .containsExactly(2L, 1L, 0L, 1L, 1L);
        assertThat(one.rate()).isEqualTo(new AttendanceRate(2, 4));
        assertThat(one.rate().percent()).isEqualTo(50);
        ProgrammeAttendance.GatheringLine two = rates.gatherings().get(1);
        assertThat(two.started()).isFalse();
        assertThat(two.rate()).isEqualTo(new AttendanceRate(1, 4));
        assertThat(rates.participants())
                .extracting(line -> line.rate().present() + "/" + line.rate().possible())
                .containsExactly("1/1", "1/1", "0/1", "0/1");
        assertThat(rates.municipalities())
                .extracting(line -> line.municipalityName() + ":" + line.participants() + ":"
                        + line.rate().present() + "/" + line.rate().possible())
                .containsExactly("Levanger:2:2/2", "Verdal:1:0/1", "null:1:0/1");

        // Nobody to count is no percentage, not a division by zero.
        assertThat(new AttendanceRate(0, 0).percent()).isNull();
    }

    @Test
    void theRatesPageShowsGatheringsMunicipalitiesAndParticipants() throws Exception {
        long programme = programmeId(DemoProgrammes.LEVANGER);
        Gathering first = gatherings.of(programme).get(0);
        List<Long> people = jdbc.queryForList(
                "select pa.person_id from participation pa join participation_role r on r.participation_id = pa.id"
                        + " where pa.programme_id = ? and pa.left_on is null and r.role = 'PARTICIPANT'",
                Long.class,
                programme);
        for (long person : people) {
            attendances.mark(programme, first.getId(), person, AttendanceStatus.PRESENT, false, null, null);
        }
        attendances.mark(programme, first.getId(), people.get(0), AttendanceStatus.ABSENT, false, "Syk", null);

        ProgrammeAttendance rates = attendances.rates(programme, null);
        assertThat(rates.gatherings().get(0).rate()).isEqualTo(new AttendanceRate(people.size() - 1, people.size()));

        String page = body(as(DemoUsers.COORDINATOR, get(programmeUrl(DemoProgrammes.LEVANGER) + "/attendance"))
                .andExpect(status().isOk()));
        assertThat(page)
                .contains("Per samling")
                .contains("Per kommune")
                .contains("Per deltaker")
                .contains("Levanger")
                .contains(sheetUrl(DemoProgrammes.LEVANGER, 1))
                .contains(Math.round(100.0 * (people.size() - 1) / people.size()) + " %")
                // counts, never the notes
                .doesNotContain("Syk");
    }

    @Test
    void onlyTheProgrammesManagersMarkAndMunicipalityAdminsSeeTheirOwnPeople() throws Exception {
        String sheet = sheetUrl(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        String rates = programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL) + "/attendance";
        long kari = personId("kari.nordmann@drammen.example");
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 1);

        for (String url : List.of(sheet, rates)) {
            as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get(url)).andExpect(status().isNotFound());
            as(DemoUsers.COORDINATOR_OTHER, get(url)).andExpect(status().isNotFound());
            as(DemoUsers.LEADER, get(url)).andExpect(status().isForbidden());
            as(DemoUsers.ADMIN, get(url)).andExpect(status().isOk());
            as(DemoUsers.COORDINATOR, get(url)).andExpect(status().isOk());
        }
        as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, post(sheet + "/" + kari).param("status", "PRESENT"))
                .andExpect(status().isNotFound());
        as(DemoUsers.COORDINATOR_OTHER, post(sheet + "/" + kari).param("status", "PRESENT"))
                .andExpect(status().isNotFound());
        as(DemoUsers.LEADER, post(sheet + "/" + kari).param("status", "PRESENT"))
                .andExpect(status().isForbidden());
        Map<String, Object> before = row(gathering, kari);
        as(DemoUsers.MUNICIPALITY_ADMIN, post(sheet + "/" + kari).param("status", "EXCUSED"))
                .andExpect(status().isForbidden());
        // Access comes before the status is looked at.
        as(DemoUsers.MUNICIPALITY_ADMIN, post(sheet + "/" + kari).param("status", "nonsense"))
                .andExpect(status().isForbidden());
        assertThat(row(gathering, kari)).isEqualTo(before);

        String readOnly = body(as(DemoUsers.MUNICIPALITY_ADMIN, get(sheet)).andExpect(status().isOk()));
        assertThat(readOnly)
                .contains("Kari Nordmann")
                .contains("Drammen")
                .doesNotContain("hx-post")
                .doesNotContain("<form method=\"post\"")
                .doesNotContain("Kurs i regi av arbeidsgiver");

        // In a programme of two municipalities, Stange's admin sees Stange's people and not Ringsaker's.
        String innlandet = sheetUrl(DemoProgrammes.INNLANDET_INNOVATION, 1);
        String stange =
                body(as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get(innlandet)).andExpect(status().isOk()));
        assertThat(stange).contains("Ola Haugen").doesNotContain("Ringsaker");
        String all = body(as(DemoUsers.COORDINATOR_OTHER, get(innlandet)).andExpect(status().isOk()));
        assertThat(all).contains("Ola Haugen").contains("Ringsaker");
        String stangeRates = body(as(
                        DemoUsers.MUNICIPALITY_ADMIN_OTHER,
                        get(programmeUrl(DemoProgrammes.INNLANDET_INNOVATION) + "/attendance"))
                .andExpect(status().isOk()));
        assertThat(stangeRates).contains("Ola Haugen").doesNotContain("Ringsaker");
    }

    @Test
    void theSheetAndTheRatesRunABoundedNumberOfQueries() throws Exception {
        String sheet = sheetUrl(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        String rates = programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL) + "/attendance";
        long kari = personId("kari.nordmann@drammen.example");
        for (DemoUsers user : List.of(DemoUsers.ADMIN, DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN)) {
            for (String url : List.of(sheet, rates)) {
                long count = queries.countDuring(() -> as(user, get(url)).andExpect(status().isOk()));
                assertThat(count).as(user.name() + " " + url).isLessThanOrEqualTo(10);
            }
        }
        long marking = queries.countDuring(() -> as(
                        DemoUsers.COORDINATOR,
                        post(sheet + "/" + kari).param("status", "PRESENT").header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(marking).isLessThanOrEqualTo(15);
    }

    private Map<String, Object> row(long gathering, long person) {
        return jdbc.queryForMap(
                "select status, late, comment from attendance where gathering_id = ? and person_id = ?",
                gathering,
                person);
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, email);
    }

    private long gatheringId(String programme, int number) {
        return jdbc.queryForObject(
                "select g.id from gathering g join programme p on p.id = g.programme_id where p.name = ? and g.number = ?",
                Long.class,
                programme,
                number);
    }

    private String sheetUrl(String programme, int number) {
        return programmeUrl(programme) + "/gatherings/" + gatheringId(programme, number) + "/attendance";
    }

    private String programmeUrl(String name) {
        return "/programmes/" + programmeId(name);
    }

    private long programmeId(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }

    private ResultActions as(DemoUsers user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user.as(accounts)).with(csrf()));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
