package no.samla.gathering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
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

/** Times, venue and facilitators of a gathering, and the warnings a coordinator sees when planning. */
@SamlaTest
class GatheringScheduleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Gatherings gatherings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueryCounter queries;

    @Test
    void aFacilitatorOnTwoOverlappingGatheringsAndADoubleBookedVenueAreWarnedAbout() throws Exception {
        long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
        long levanger = programme(DemoProgrammes.LEVANGER);
        long marte = person(DemoUsers.COORDINATOR.email());
        LocalDate day = LocalDate.of(2027, 5, 5);
        Venue hall = new Venue("Union Scene", "Grønland 60, Drammen", "Storsalen", 120);
        Gathering first = gatherings.create(
                school,
                new GatheringData(
                        20,
                        "Ekstra samling A",
                        null,
                        GatheringFormat.ONE_DAY,
                        day,
                        null,
                        LocalTime.of(9, 0),
                        LocalTime.of(15, 0),
                        hall,
                        null,
                        Set.of(marte)));
        gatherings.create(
                levanger,
                new GatheringData(
                        20,
                        "Ekstra samling B",
                        null,
                        GatheringFormat.ONE_DAY,
                        day,
                        null,
                        LocalTime.of(12, 0),
                        LocalTime.of(16, 0),
                        new Venue("union scene", null, "storsalen", null),
                        null,
                        Set.of(marte)));

        String page = mvc.perform(get("/programmes/" + school).with(DemoUsers.COORDINATOR.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Marte Lien er satt opp på en annen samling samtidig (05.05.2027).")
                .contains("Lokalet er booket til en annen samling samtidig (05.05.2027).")
                .contains("Samlingen har 1 fasilitator(er); 2 er det vanlige.")
                .doesNotContain(DemoProgrammes.LEVANGER);

        String municipalityView = mvc.perform(
                        get("/programmes/" + school).with(DemoUsers.MUNICIPALITY_ADMIN.as(accounts)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(municipalityView).doesNotContain("er satt opp på en annen samling");

        String own = mvc.perform(get("/programmes/" + school + "/gatherings/" + first.getId())
                        .with(DemoUsers.COORDINATOR.as(accounts)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own).contains("Å sjekke").contains("value=\"Union Scene\"");
    }

    @Test
    void aGatheringOutsideTheProgrammePeriodIsWarnedAbout() {
        long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
        Gathering late = gatherings.create(
                school,
                GatheringData.outline(
                        30, "Etter perioden", null, GatheringFormat.TWO_DAYS, LocalDate.of(2030, 1, 1), null));
        assertThat(gatherings.warningsOf(school, late.getId()))
                .extracting(warning -> warning.messageKey())
                .contains("gathering.warning.outsidePeriod", "gathering.warning.facilitators");
    }

    @Test
    void aOneDayGatheringEndingBeforeItStartsAndABadVideoLinkAreFieldMessages() throws Exception {
        long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
        long before = jdbc.queryForObject("select count(*) from gathering where programme_id = ?", Long.class, school);
        String page = mvc.perform(post("/programmes/" + school + "/gatherings")
                        .with(DemoUsers.COORDINATOR.as(accounts))
                        .with(csrf())
                        .param("number", "40")
                        .param("title", "Baklengs")
                        .param("format", "ONE_DAY")
                        .param("startDate", "2027-05-12")
                        .param("startTime", "15:00")
                        .param("endTime", "09:00")
                        .param("videoLink", "http://ikke-sikker.example")
                        .param("venueCapacity", "0")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"endTime-error\"")
                .contains("id=\"videoLink-error\"")
                .contains("id=\"venueCapacity-error\"")
                .contains("value=\"Baklengs\"");
        assertThat(jdbc.queryForObject("select count(*) from gathering where programme_id = ?", Long.class, school))
                .isEqualTo(before);

        mvc.perform(post("/programmes/" + school + "/gatherings")
                        .with(DemoUsers.COORDINATOR.as(accounts))
                        .with(csrf())
                        .param("number", "41")
                        .param("title", "Lunsj til lunsj")
                        .param("format", "LUNCH_TO_LUNCH")
                        .param("startDate", "2027-05-19")
                        .param("startTime", "11:00")
                        .param("endTime", "13:00")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/programmes/" + school));
    }

    @Test
    void theStructureTabRunsABoundedNumberOfQueriesWithWarnings() throws Exception {
        long school = programme(DemoProgrammes.DRAMMEN_SCHOOL);
        long count = queries.countDuring(
                () -> mvc.perform(get("/programmes/" + school).with(DemoUsers.COORDINATOR.as(accounts)))
                        .andExpect(status().isOk()));
        assertThat(count).isLessThanOrEqualTo(14);
    }

    private long programme(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }

    private long person(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }
}
