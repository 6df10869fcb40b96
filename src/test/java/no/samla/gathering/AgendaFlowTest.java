package no.samla.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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

/** A coordinator builds a gathering's agenda; municipality admins read it. */
@SamlaTest
class AgendaFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Agendas agendas;

    @Autowired
    QueryCounter queries;

    @Test
    void theDemoAgendaShowsTimesAndTheCoordinatorsControls() throws Exception {
        String agenda = agendaUrl(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        String page = body(as(DemoUsers.COORDINATOR, get(agenda)).andExpect(status().isOk()));
        assertThat(page)
                .contains("Velkommen og intensjon")
                .contains("09:00–09:30")
                .contains("Marte Lien")
                .contains("Flytt opp")
                .contains("hx-post=")
                .contains("Legg til punkt");
        assertThat(body(as(DemoUsers.COORDINATOR, get(programmeUrl(DemoProgrammes.DRAMMEN_SCHOOL)))))
                .contains(agenda);
    }

    @Test
    void aBadDurationIsAFieldMessageAndNothingIsSaved() throws Exception {
        String agenda = agendaUrl(DemoProgrammes.LEVANGER, 3);
        long before = count(DemoProgrammes.LEVANGER, 3);
        for (String duration : List.of("0", "-5", "601")) {
            String page = body(as(DemoUsers.COORDINATOR, add(agenda, "Fest", duration))
                    .andExpect(status().isUnprocessableContent()));
            assertThat(page)
                    .as(duration)
                    .contains("id=\"durationMinutes-error\"")
                    .contains("value=\"Fest\"")
                    .containsAnyOf("minst 1 minutt", "høyst 600 minutter");
        }
        assertThat(count(DemoProgrammes.LEVANGER, 3)).isEqualTo(before);

        as(DemoUsers.COORDINATOR, add(agenda, "Velkommen", "30")).andExpect(redirectedUrl(agenda));
        assertThat(count(DemoProgrammes.LEVANGER, 3)).isEqualTo(before + 1);
    }

    @Test
    void aDayThatRunsOverIsAnnounced() throws Exception {
        String agenda = agendaUrl(DemoProgrammes.LEVANGER, 4);
        Gathering gathering = agendas.gathering(programmeId(DemoProgrammes.LEVANGER), 4);
        assertThat(gathering.getStartTime()).isEqualTo(java.time.LocalTime.of(9, 0));
        assertThat(gathering.getEndTime()).isEqualTo(java.time.LocalTime.of(15, 30));
        long day = java.time.Duration.between(gathering.getStartTime(), gathering.getEndTime())
                .toMinutes();
        as(DemoUsers.COORDINATOR, add(agenda, "Hele dagen", String.valueOf(day + 10)))
                .andExpect(redirectedUrl(agenda));
        String page = body(as(DemoUsers.COORDINATOR, get(agenda)));
        assertThat(page)
                .contains("role=\"status\"")
                .contains("Dag 1 slutter " + gathering.getEndTime().plusMinutes(10) + ", 10 minutter etter "
                        + gathering.getEndTime() + ".");
    }

    @Test
    void itemsMoveUpAndDownWithAndWithoutHtmx() throws Exception {
        long programme = programmeId(DemoProgrammes.LEVANGER);
        Gathering gathering = agendas.gathering(programme, 2);
        long a = add(programme, gathering, "A");
        long b = add(programme, gathering, "B");
        long c = add(programme, gathering, "C");
        String agenda = agendaUrl(DemoProgrammes.LEVANGER, 2);

        as(DemoUsers.COORDINATOR, post(agenda + "/" + c + "/move").param("direction", "up"))
                .andExpect(redirectedUrl(agenda + "#item-" + c));
        assertThat(titles(gathering)).containsExactly("A", "C", "B");

        String fragment = body(as(
                        DemoUsers.COORDINATOR,
                        post(agenda + "/" + a + "/move")
                                .param("direction", "down")
                                .header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(titles(gathering)).containsExactly("C", "A", "B");
        assertThat(fragment)
                .startsWith("<div id=\"agenda\"")
                .doesNotContain("<html")
                .doesNotContain("Legg til punkt")
                .contains("id=\"move-down-" + a + "\" data-focus-after-swap=\"true\"");

        // The first item cannot move further up: nothing changes, focus goes to the button that is left.
        String top = body(as(
                        DemoUsers.COORDINATOR,
                        post(agenda + "/" + c + "/move")
                                .param("direction", "up")
                                .header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(titles(gathering)).containsExactly("C", "A", "B");
        assertThat(top).contains("id=\"move-down-" + c + "\" data-focus-after-swap=\"true\"");

        as(DemoUsers.COORDINATOR, post(agenda + "/" + b + "/move").param("direction", "sideways"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void coordinatorEditsAndDeletesAnItem() throws Exception {
        long programme = programmeId(DemoProgrammes.LEVANGER);
        Gathering gathering = agendas.gathering(programme, 1);
        long item = add(programme, gathering, "Til endring");
        String agenda = agendaUrl(DemoProgrammes.LEVANGER, 1);
        assertThat(body(as(DemoUsers.COORDINATOR, get(agenda + "/" + item)).andExpect(status().isOk())))
                .contains("value=\"Til endring\"");
        as(
                        DemoUsers.COORDINATOR,
                        post(agenda + "/" + item)
                                .param("title", "Endret")
                                .param("type", "CASE_WORK")
                                .param("durationMinutes", "50")
                                .param("day", "1")
                                .param("version", "0"))
                .andExpect(redirectedUrl(agenda + "#item-" + item));
        assertThat(jdbc.queryForObject("select title from agenda_item where id = ?", String.class, item))
                .isEqualTo("Endret");
        as(DemoUsers.COORDINATOR, post(agenda + "/" + item + "/delete")).andExpect(redirectedUrl(agenda));
        assertThat(jdbc.queryForObject("select count(*) from agenda_item where id = ?", Long.class, item))
                .isZero();
    }

    @Test
    void onlyTheProgrammesManagersChangeTheAgendaAndOnlyItsViewersSeeIt() throws Exception {
        String agenda = agendaUrl(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        long item = jdbc.queryForObject(
                "select min(i.id) from agenda_item i join gathering g on g.id = i.gathering_id"
                        + " join programme p on p.id = g.programme_id where p.name = ? and g.number = 1",
                Long.class,
                DemoProgrammes.DRAMMEN_SCHOOL);

        as(DemoUsers.MUNICIPALITY_ADMIN_OTHER, get(agenda)).andExpect(status().isNotFound());
        as(
                        DemoUsers.MUNICIPALITY_ADMIN_OTHER,
                        post(agenda + "/" + item + "/move").param("direction", "down"))
                .andExpect(status().isNotFound());
        as(DemoUsers.COORDINATOR_OTHER, get(agenda)).andExpect(status().isNotFound());
        as(DemoUsers.LEADER, get(agenda)).andExpect(status().isForbidden());
        as(DemoUsers.ADMIN, get(agenda + "/" + item)).andExpect(status().isOk());

        String readOnly = body(as(DemoUsers.MUNICIPALITY_ADMIN, get(agenda)).andExpect(status().isOk()));
        assertThat(readOnly)
                .contains("Velkommen og intensjon")
                .doesNotContain("Flytt opp")
                .doesNotContain("Legg til punkt");
        as(DemoUsers.MUNICIPALITY_ADMIN, post(agenda + "/" + item + "/move").param("direction", "down"))
                .andExpect(status().isForbidden());
        as(DemoUsers.MUNICIPALITY_ADMIN, add(agenda, "Ikke lov", "30")).andExpect(status().isForbidden());
        as(DemoUsers.MUNICIPALITY_ADMIN, get(agenda + "/" + item)).andExpect(status().isForbidden());
        as(DemoUsers.MUNICIPALITY_ADMIN, post(agenda + "/" + item + "/delete")).andExpect(status().isForbidden());

        as(DemoUsers.COORDINATOR, get(agenda + "/" + item)).andExpect(status().isOk());
        // An item is only reached through its own gathering.
        as(DemoUsers.COORDINATOR, get(agendaUrl(DemoProgrammes.DRAMMEN_SCHOOL, 2) + "/" + item))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAgendaPageRunsABoundedNumberOfQueries() throws Exception {
        String agenda = agendaUrl(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        for (DemoUsers user : List.of(DemoUsers.ADMIN, DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN)) {
            long count = queries.countDuring(() -> as(user, get(agenda)).andExpect(status().isOk()));
            assertThat(count).as(user.name()).isLessThanOrEqualTo(10);
        }
    }

    private long add(long programme, Gathering gathering, String title) {
        return agendas.add(
                        programme, gathering.getId(), new AgendaItemData(1, title, AgendaItemType.TALK, 30, null, null))
                .getId();
    }

    private MockHttpServletRequestBuilder add(String agenda, String title, String duration) {
        return post(agenda)
                .param("title", title)
                .param("type", "TALK")
                .param("durationMinutes", duration)
                .param("day", "1")
                .param("version", "0");
    }

    private List<String> titles(Gathering gathering) {
        return jdbc.queryForList(
                "select title from agenda_item where gathering_id = ? order by day, position",
                String.class,
                gathering.getId());
    }

    private long count(String programme, int number) {
        return jdbc.queryForObject(
                "select count(*) from agenda_item i join gathering g on g.id = i.gathering_id"
                        + " join programme p on p.id = g.programme_id where p.name = ? and g.number = ?",
                Long.class,
                programme,
                number);
    }

    private String agendaUrl(String programme, int number) {
        long gathering = jdbc.queryForObject(
                "select g.id from gathering g join programme p on p.id = g.programme_id where p.name = ? and g.number = ?",
                Long.class,
                programme,
                number);
        return programmeUrl(programme) + "/gatherings/" + gathering + "/agenda";
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
