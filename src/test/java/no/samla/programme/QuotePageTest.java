package no.samla.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samla.gathering.GatheringData;
import no.samla.gathering.GatheringFormat;
import no.samla.gathering.Gatherings;
import no.samla.organisation.Organisations;
import no.samla.organisation.ProviderKind;
import no.samla.organisation.ProviderOrganisationData;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.ResponseText;
import no.samla.support.SamlaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The price tab, the rates form and the PDF, on a programme of its own with one Drammen leader group. */
@SamlaTest
class QuotePageTest {

    static final String NBSP = "\u00A0";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    Programmes programmes;

    @Autowired
    Gatherings gatherings;

    @Autowired
    Enrolments enrolments;

    @Autowired
    JdbcTemplate jdbc;

    long programmeId;
    String programmeName;

    /**
     * A programme with the default rates, 4 network groups of 4 meetings, 4 coaching sessions each, one
     * one-day gathering and two Drammen participants: gathering 2 × 21 875 = 43 750; network 8 days ×
     * 17 500 = 140 000; coaching 2 × 4 × 1 h × 2 187,50 = 17 500; evaluation 17 500; sum 218 750.
     */
    @BeforeEach
    void programme() {
        long unique = System.nanoTime();
        long provider = organisations
                .createProvider(new ProviderOrganisationData(
                        "Lederløft Ås AS " + unique, ProviderKind.CONSULTANCY, null, null, null))
                .getId();
        long coordinator =
                accounts.loadUser(DemoUsers.COORDINATOR.email()).orElseThrow().personId();
        programmeName = "Lederløft for ærlige økonomer på Ås " + unique;
        programmeId = programmes
                .create(new ProgrammeData(
                        programmeName,
                        "Et program for ledere i Drammen.",
                        provider,
                        LocalDate.of(2027, 1, 11),
                        LocalDate.of(2027, 6, 18),
                        List.of("Tillitsbasert ledelse", "Endringsledelse"),
                        Set.of(coordinator),
                        new StructurePlan(4, 4, 4),
                        Rates.defaults()))
                .getId();
        addGathering(1, "Oppstart på Værnes", GatheringFormat.ONE_DAY, LocalDate.of(2027, 1, 11));
        List<Long> drammen = jdbc.queryForList("""
                        select p.id from person p join municipality m on m.id = p.municipality_id
                        where m.name = 'Drammen' and lower(p.email) <> lower(?)
                        order by p.id limit 2
                        """, Long.class, DemoUsers.MUNICIPALITY_ADMIN.email());
        assertThat(drammen).hasSize(2);
        for (long person : drammen) {
            enrolments.enrol(programmeId, person, Set.of(ParticipationRole.PARTICIPANT), null);
        }
    }

    @Test
    void thePriceTabShowsTheLinesSumsAndShares() throws Exception {
        String page = priceAs(DemoUsers.ADMIN);

        assertThat(page)
                .contains("<caption class=\"caption-top\">Pristilbud for programmet")
                .contains("scope=\"col\" class=\"text-end\">Beløp</th>")
                .contains("Samlinger med rådgivere, inkludert forberedelse og etterarbeid")
                .contains("2 rådgiverdager (1 samlingsdag × 2 rådgivere)")
                .contains(kr("43 750,00"))
                .contains("8 dager (16 møter, 2 per dag)")
                .contains(kr("140 000,00"))
                .contains("8 timer (2 deltakere × 4 samtaler × 1 t)")
                .contains("Evaluering og oppfølging etter programmet")
                .contains(kr("218 750,00"))
                .contains(kr("54 687,50"))
                .contains(kr("273 437,50"))
                .contains("Per deltaker, eksklusiv mva. (2 deltakere)")
                .contains(kr("109 375,00"))
                .contains("Per kommune, eksklusiv mva. (1 kommune)")
                .contains("Reise og opphold kommer i tillegg")
                .contains("aria-current=\"page\"")
                .contains("/programmes/" + programmeId + "/price.pdf")
                .contains("name=\"adviserDayRate\"")
                .contains("value=\"21 875,00\"");
        assertThat(page).doesNotContain("Reise og opphold etter regning (estimat)");
    }

    @Test
    void aNewGatheringChangesTheTotal() throws Exception {
        assertThat(priceAs(DemoUsers.ADMIN)).contains(kr("273 437,50"));

        addGathering(2, "To dager på Hell", GatheringFormat.TWO_DAYS, LocalDate.of(2027, 2, 15));

        // 2 more days × 2 advisers × 21 875 = 87 500 more: 306 250 excluding VAT, 382 812,50 including.
        assertThat(priceAs(DemoUsers.ADMIN))
                .contains("6 rådgiverdager (3 samlingsdager × 2 rådgivere)")
                .contains(kr("131 250,00"))
                .contains(kr("306 250,00"))
                .contains(kr("382 812,50"))
                .doesNotContain(kr("273 437,50"));
    }

    @Test
    void badRatesGetMessagesNextToTheirFieldsKeepTheInputAndSaveNothing() throws Exception {
        Programme before = programmes.find(programmeId).orElseThrow();
        Map<String, String> input = validInput(before.getVersion());
        input.put("adviserDayRate", "-21 875");
        input.put("advisersPerGathering", "25");
        input.put("networkDayRate", "17.500");
        input.put("networkMeetingsPerDay", "0");
        input.put("coachingHoursPerSession", "0");
        input.put("evaluationAmount", "20 000 000");
        input.put("travelEstimate", "mye");

        String page = mvc.perform(postRates(input, DemoUsers.ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("error-summary")
                .contains("id=\"adviserDayRate-error\"")
                .contains("Beløpet kan ikke være negativt.")
                .contains("value=\"-21 875\"")
                .contains("id=\"advisersPerGathering-error\"")
                .contains("Skriv et tall fra 0 til 20.")
                .contains("value=\"25\"")
                .contains("id=\"networkDayRate-error\"")
                .contains("value=\"17.500\"")
                .contains("id=\"networkMeetingsPerDay-error\"")
                .contains("Skriv et tall fra 1 til 10.")
                .contains("id=\"coachingHoursPerSession-error\"")
                .contains("Skriv et antall timer over 0 og høyst 24.")
                .contains("id=\"evaluationAmount-error\"")
                .contains("Beløpet kan være høyst 10" + NBSP + "000" + NBSP + "000,00" + NBSP + "kr.")
                .contains("id=\"travelEstimate-error\"")
                .contains("value=\"mye\"")
                .contains("aria-describedby=\"adviserDayRate-hint adviserDayRate-error\"")
                .doesNotContain("id=\"coachingHourlyRate-error\"")
                // the quote still shows the stored rates
                .contains(kr("273 437,50"));
        Programme after = programmes.find(programmeId).orElseThrow();
        assertThat(after.getRates()).isEqualTo(before.getRates());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void aTamperedVersionIsAFieldMessageAndTheInputIsKept() throws Exception {
        Map<String, String> input = validInput(0);
        input.put("version", "x");
        input.put("adviserDayRate", "22 000");

        String page = mvc.perform(postRates(input, DemoUsers.ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("error-summary").contains("value=\"22 000\"");
        assertThat(programmes.find(programmeId).orElseThrow().getVersion()).isZero();
    }

    @Test
    void ratesWrittenTheNorwegianWayAreSavedAndPriceTheProgramme() throws Exception {
        Map<String, String> input =
                validInput(programmes.find(programmeId).orElseThrow().getVersion());
        input.put("adviserDayRate", "20 000,50");
        input.put("coachingHoursPerSession", "1,5");
        input.put("travelEstimate", "12 000");

        mvc.perform(postRates(input, DemoUsers.COORDINATOR))
                .andExpect(redirectedUrl("/programmes/" + programmeId + "/price"))
                .andExpect(flash().attribute("flash", "flash.saved"));

        Rates saved = programmes.find(programmeId).orElseThrow().getRates();
        assertThat(saved.adviserDayRate()).isEqualByComparingTo("20000.50");
        assertThat(saved.coachingHoursPerSession()).isEqualByComparingTo("1.5");
        assertThat(saved.travelEstimate()).isEqualByComparingTo("12000");
        assertThat(priceAs(DemoUsers.COORDINATOR))
                .contains(kr("40 001,00"))
                .contains("12 timer (2 deltakere × 4 samtaler × 1,5 t)")
                .contains("Reise og opphold etter regning (estimat)")
                .contains(kr("12 000,00"))
                .contains("Beløpet for det i tilbudet er et estimat.")
                .contains("value=\"20 000,50\"")
                .contains("value=\"1,5\"");
    }

    @Test
    void aStaleVersionGivesA409ThatKeepsTheInput() throws Exception {
        long version = programmes.find(programmeId).orElseThrow().getVersion();
        Map<String, String> first = validInput(version);
        first.put("evaluationAmount", "18 000");
        mvc.perform(postRates(first, DemoUsers.COORDINATOR))
                .andExpect(redirectedUrl("/programmes/" + programmeId + "/price"));

        Map<String, String> stale = validInput(version);
        stale.put("evaluationAmount", "30 000");
        String conflict = mvc.perform(postRates(stale, DemoUsers.ADMIN))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(conflict)
                .contains("Noen andre har endret dette i mellomtiden")
                .contains("value=\"30 000\"")
                .contains("name=\"version\" value=\"" + (version + 1) + "\"");
        assertThat(programmes.find(programmeId).orElseThrow().getRates().evaluationAmount())
                .isEqualByComparingTo("18000");
    }

    @Test
    void viewersSeeThePriceAndOnlyManagersChangeTheRates() throws Exception {
        String municipalityAdmin = priceAs(DemoUsers.MUNICIPALITY_ADMIN);
        assertThat(municipalityAdmin).contains(kr("273 437,50")).doesNotContain("name=\"adviserDayRate\"");
        mvc.perform(get(pdfUrl()).with(DemoUsers.MUNICIPALITY_ADMIN.as(accounts)))
                .andExpect(status().isOk());
        mvc.perform(postRates(validInput(0), DemoUsers.MUNICIPALITY_ADMIN)).andExpect(status().isForbidden());

        for (DemoUsers outsider : List.of(DemoUsers.MUNICIPALITY_ADMIN_OTHER, DemoUsers.COORDINATOR_OTHER)) {
            mvc.perform(get(priceUrl()).with(outsider.as(accounts)).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isNotFound());
            mvc.perform(get(pdfUrl()).with(outsider.as(accounts))).andExpect(status().isNotFound());
            mvc.perform(postRates(validInput(0), outsider)).andExpect(status().isNotFound());
        }
        mvc.perform(get(priceUrl()).with(DemoUsers.LEADER.as(accounts)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        assertThat(programmes.find(programmeId).orElseThrow().getVersion()).isZero();
    }

    @Test
    void thePdfIsAnAttachmentWithTheProgrammeAndItsPrice() throws Exception {
        var response = mvc.perform(get(pdfUrl()).with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn()
                .getResponse();
        byte[] pdf = response.getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename=\"pristilbud-lederloft-for-aerlige-okonomer-pa-as-")
                .endsWith(".pdf\"")
                .matches("\\p{ASCII}+");
        String text = pdfText(pdf);
        assertThat(text)
                .contains("Pristilbud")
                .contains(programmeName)
                .contains("Lederløft Ås AS")
                .contains("11.01.2027 – 18.06.2027")
                .contains("Drammen")
                .contains("Tillitsbasert ledelse")
                .contains("Oppstart på Værnes")
                .contains("2 rådgiverdager (1 samlingsdag × 2 rådgivere)")
                .contains("218 750,00 kr")
                .contains("54 687,50 kr")
                .contains("273 437,50 kr")
                .contains("109 375,00 kr")
                .contains("eksklusiv merverdiavgift")
                .contains("etter regning")
                .containsPattern("Pristilbudet er laget i Samla \\d{2}\\.\\d{2}\\.\\d{4}\\.");
    }

    @Test
    void thePdfIsInTheReadersLanguage() throws Exception {
        var response = mvc.perform(get(pdfUrl()).param("lang", "en").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains("filename=\"quote-lederloft-");
        assertThat(pdfText(response.getContentAsByteArray()))
                .contains("Quote")
                .contains("2 adviser days (1 gathering day × 2 advisers)")
                .contains("Total including VAT")
                .contains(programmeName);

        var nynorsk = mvc.perform(get(pdfUrl()).param("lang", "nn").with(DemoUsers.ADMIN.as(accounts)))
                .andReturn()
                .getResponse();
        assertThat(pdfText(nynorsk.getContentAsByteArray()))
                .contains("Pristilbod")
                .contains("rådgjevardagar");
    }

    private void addGathering(int number, String title, GatheringFormat format, LocalDate date) {
        gatherings.create(programmeId, GatheringData.outline(number, title, null, format, date, null));
    }

    private String priceAs(DemoUsers user) throws Exception {
        return mvc.perform(get(priceUrl()).with(user.as(accounts)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder postRates(Map<String, String> input, DemoUsers user) {
        MockHttpServletRequestBuilder request = post("/programmes/" + programmeId + "/rates")
                .with(user.as(accounts))
                .with(csrf())
                .accept(MediaType.TEXT_HTML);
        input.forEach(request::param);
        return request;
    }

    private static Map<String, String> validInput(long version) {
        Map<String, String> input = new LinkedHashMap<>();
        input.put("adviserDayRate", "21 875,00");
        input.put("advisersPerGathering", "2");
        input.put("networkDayRate", "17 500");
        input.put("networkMeetingsPerDay", "2");
        input.put("coachingHourlyRate", "2187,50");
        input.put("coachingHoursPerSession", "1");
        input.put("evaluationAmount", "17500");
        input.put("travelEstimate", "");
        input.put("version", String.valueOf(version));
        return input;
    }

    private String priceUrl() {
        return "/programmes/" + programmeId + "/price";
    }

    private String pdfUrl() {
        return "/programmes/" + programmeId + "/price.pdf";
    }

    /**
     * The PDF's text with every run of white space (no-break spaces and the line breaks within table
     * cells included) as one space.
     */
    private static String pdfText(byte[] pdf) {
        return ResponseText.pdf(pdf).replace(NBSP, " ").replaceAll("\\s+", " ");
    }

    /** An amount as the page shows it: "43 750,00 kr" with no-break spaces. */
    private static String kr(String amount) {
        return amount.replace(" ", NBSP) + NBSP + "kr";
    }
}
