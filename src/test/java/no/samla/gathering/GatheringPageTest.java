package no.samla.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The gathering page as a leader sees it, its files as downloads, and the start page's next gatherings. */
@SamlaTest
class GatheringPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Materials materials;

    @Autowired
    Agendas agendas;

    @Autowired
    QueryCounter queries;

    @Test
    void aLeaderSeesWhereAndWhenWhoFacilitatesTheAgendaAndTheMaterial() throws Exception {
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        Gathering g = agendas.gathering(programmeId(DemoProgrammes.DRAMMEN_SCHOOL), 1);
        long file = materialId(gathering, true);

        String page = body(as(DemoUsers.LEADER, get("/gatherings/" + gathering)).andExpect(status().isOk()));

        java.time.format.DateTimeFormatter norwegian = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        String when = g.getStartDate().equals(g.getEndDate())
                ? norwegian.format(g.getStartDate()) + " kl. " + g.getStartTime() + "–" + g.getEndTime()
                : norwegian.format(g.getStartDate()) + " kl. " + g.getStartTime() + " – "
                        + norwegian.format(g.getEndDate()) + " kl. " + g.getEndTime();
        assertThat(page)
                .contains("Samling 1: " + g.getTitle())
                .contains(DemoProgrammes.DRAMMEN_SCHOOL)
                .contains(when)
                .contains("Union Scene")
                .contains("Storsalen")
                .contains("Grønland 60, 3045 Drammen")
                .contains("Marte Lien")
                .contains("id=\"gathering-actions\"")
                // the agenda with times worked out from the start
                .contains("Velkommen og intensjon")
                .contains(g.getStartTime() + "–" + g.getStartTime().plusMinutes(30))
                .contains("Refleksjonsstopp i par")
                // material before and after: links open the address, the file downloads
                .contains("Før samlingen")
                .contains("Etter samlingen")
                .contains("href=\"https://www.ks.no/fagomrader/innovasjon/veikart-for-tjenesteinnovasjon/\"")
                .contains("href=\"/gatherings/" + gathering + "/material/" + file + "\"")
                .contains("Forberedelse til samling 1")
                .contains("Oppsummering og mellomarbeid")
                // a leader gets no links to the coordinators' pages
                .doesNotContain("id=\"gathering-manage\"")
                .doesNotContain("/programmes/");
        assertThat(g.getTheme()).isNotNull();
        assertThat(page)
                .contains(g.getTheme())
                .contains(g.getFormat() == GatheringFormat.TWO_DAYS ? "To dager" : "Én dag");
    }

    @Test
    void theProgrammesCoordinatorGetsLinksToItsPagesAndTheTimelineLinksToTheGathering() throws Exception {
        long programme = programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 1);

        String page =
                body(as(DemoUsers.COORDINATOR, get("/gatherings/" + gathering)).andExpect(status().isOk()));

        assertThat(page)
                .contains("id=\"gathering-manage\"")
                .contains("/programmes/" + programme + "/gatherings/" + gathering + "/material");
        assertThat(body(as(DemoUsers.COORDINATOR, get("/programmes/" + programme + "/timeline"))))
                .contains("href=\"/gatherings/" + gathering + "\"");
        assertThat(body(as(DemoUsers.COORDINATOR, get("/programmes/" + programme + "/gatherings/" + gathering))))
                .contains("href=\"/gatherings/" + gathering + "\"")
                .contains("/gatherings/" + gathering + "/material\"");
    }

    @Test
    void aLeaderOfAnotherProgrammeIsToldTheGatheringDoesNotExist() throws Exception {
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        long file = materialId(gathering, true);
        as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/gatherings/" + gathering)).andExpect(status().isNotFound());
        as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/gatherings/" + gathering + "/material/" + file))
                .andExpect(status().isNotFound());
        as(DemoUsers.LEADER, get("/gatherings/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
        as(DemoUsers.LEADER, get("/gatherings/not-a-number"))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(400, 404));
        // the leader of Stange takes part in the innovation programme, and sees its gatherings
        as(
                        DemoUsers.LEADER_OTHER_MUNICIPALITY,
                        get("/gatherings/" + gatheringId(DemoProgrammes.INNLANDET_INNOVATION, 1)))
                .andExpect(status().isOk());
    }

    @Test
    void aFileDownloadsAsAnAttachmentWithItsTypeAndExactContent() throws Exception {
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        long file = materialId(gathering, true);
        byte[] stored = jdbc.queryForObject(
                "select content from gathering_material_file where material_id = ?", byte[].class, file);

        MockHttpServletResponse response = as(DemoUsers.LEADER, get("/gatherings/" + gathering + "/material/" + file))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"forberedelse-samling-1.pdf\";"
                        + " filename*=UTF-8''forberedelse-samling-1.pdf");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getContentAsByteArray()).isEqualTo(stored).startsWith("%PDF-".getBytes());
        assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(stored.length));
    }

    @Test
    void aNameWithNorwegianLettersIsSentAsRfc5987() throws Exception {
        long programme = programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 4);
        Material material = materials.addFile(
                programme,
                gathering,
                MaterialKind.AFTER,
                "Notater",
                "Øvelser på \"tvers\" æ.txt",
                "Notater fra samlingen: ærlig, åpen, øvet.".getBytes(StandardCharsets.UTF_8),
                null);

        MockHttpServletResponse response = as(
                        DemoUsers.MUNICIPALITY_ADMIN, get("/gatherings/" + gathering + "/material/" + material.getId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"_velser p_ tvers _.txt\";"
                        + " filename*=UTF-8''%C3%98velser%20p%C3%A5%20tvers%20%C3%A6.txt");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("Notater fra samlingen: ærlig, åpen, øvet.");
    }

    @Test
    void materialUnderAnotherGatheringsIdOrALinkIsNotFound() throws Exception {
        long drammen = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 1);
        long innlandet = gatheringId(DemoProgrammes.INNLANDET_INNOVATION, 1);
        long innlandetFile = materialId(innlandet, true);
        // the admin sees both programmes: the file is still only reachable under its own gathering
        as(DemoUsers.ADMIN, get("/gatherings/" + drammen + "/material/" + innlandetFile))
                .andExpect(status().isNotFound());
        as(DemoUsers.ADMIN, get("/gatherings/" + innlandet + "/material/" + innlandetFile))
                .andExpect(status().isOk());
        as(DemoUsers.ADMIN, get("/gatherings/" + drammen + "/material/" + materialId(drammen, false)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theGatheringPageRunsTheSameNumberOfQueriesWithMoreMaterialAndAgenda() throws Exception {
        long programme = programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        long gathering = gatheringId(DemoProgrammes.DRAMMEN_SCHOOL, 3);
        addMaterialAndAgenda(programme, gathering, 1);
        long before = queries.countDuring(
                () -> as(DemoUsers.LEADER, get("/gatherings/" + gathering)).andExpect(status().isOk()));
        addMaterialAndAgenda(programme, gathering, 12);
        long after = queries.countDuring(
                () -> as(DemoUsers.LEADER, get("/gatherings/" + gathering)).andExpect(status().isOk()));

        assertThat(after).isEqualTo(before);
        assertThat(before).isLessThanOrEqualTo(12);
        System.out.println("Gathering page as a leader: " + before + " SQL statements");
    }

    @Test
    void theStartPageListsAFacilitatorsNextGatheringsSoonestFirst() throws Exception {
        String page = body(as(DemoUsers.COORDINATOR, get("/")).andExpect(status().isOk()));

        assertThat(page).contains("id=\"next-gatherings\"").contains("Dine neste samlinger");
        String section = page.substring(page.indexOf("id=\"next-gatherings\""));
        section = section.substring(0, section.indexOf("</section>"));
        java.util.List<Long> ids = jdbc.queryForList(
                "select g.id from gathering g join programme p on p.id = g.programme_id where p.name = ?"
                        + " order by g.start_date, g.start_time limit 5",
                Long.class,
                DemoProgrammes.DRAMMEN_SCHOOL);
        int position = -1;
        for (long id : ids) {
            int at = section.indexOf("href=\"/gatherings/" + id + "\"");
            assertThat(at).as("gathering " + id).isGreaterThan(position);
            position = at;
        }
        assertThat(section.split("href=\"/gatherings/").length - 1).isEqualTo(ids.size());
        assertThat(section).contains("Union Scene, Storsalen");

        // Someone who takes part in no programme gets no such section, and a leader finds the next gathering of
        // their own programme on their programme page instead.
        assertThat(body(as(DemoUsers.MUNICIPALITY_ADMIN, get("/")))).doesNotContain("id=\"next-gatherings\"");
        assertThat(body(as(DemoUsers.LEADER, get("/"))))
                .doesNotContain("id=\"next-gatherings\"")
                .contains("id=\"my-gathering\"");
        long count = queries.countDuring(() -> as(DemoUsers.LEADER, get("/")).andExpect(status().isOk()));
        // The whole start page, with the sections of every module; StartPageTest checks it does not grow with data.
        // The demo leader's start page shows their programme ("Mitt program"), a panel from each module (ten with the
        // leadership platform and the open survey rounds); counted here with the sign-in's own statements.
        assertThat(count).isLessThanOrEqualTo(35);
    }

    private void addMaterialAndAgenda(long programme, long gathering, int times) {
        for (int i = 0; i < times; i++) {
            materials.addLink(
                    programme, gathering, MaterialKind.BEFORE, "Lenke " + i, "https://example.org/" + i, null);
            materials.addFile(
                    programme,
                    gathering,
                    MaterialKind.AFTER,
                    "Fil " + i,
                    "notat-" + i + ".txt",
                    ("Notat " + i).getBytes(StandardCharsets.UTF_8),
                    null);
            agendas.add(
                    programme,
                    gathering,
                    new AgendaItemData(
                            1, "Punkt " + i, AgendaItemType.TALK, 5, personId(DemoUsers.COORDINATOR.email()), null));
        }
    }

    private long materialId(long gathering, boolean file) {
        return jdbc.queryForObject(
                "select min(id) from gathering_material where gathering_id = ? and (file_name is not null) = ?",
                Long.class,
                gathering,
                file);
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

    private long programmeId(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }

    private ResultActions as(DemoUsers user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user.as(accounts)));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
