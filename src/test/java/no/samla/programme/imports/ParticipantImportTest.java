package no.samla.programme.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samla.demo.DemoAccounts;
import no.samla.people.Accounts;
import no.samla.people.People;
import no.samla.people.PersonData;
import no.samla.programme.Enrolments;
import no.samla.programme.ProgrammeData;
import no.samla.programme.Programmes;
import no.samla.programme.Rates;
import no.samla.programme.StructurePlan;
import no.samla.support.DemoUsers;
import no.samla.support.InjectedFailure;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import no.samla.support.SessionCookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Importing participants: preview with problems, confirm all or nothing, invitations, access, speed. */
@SamlaTest
class ParticipantImportTest {

    static final String HEADING = "Navn;E-post;Stilling;Kommunenummer;Enhet;Sektor;Ledergruppe\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Programmes programmes;

    @Autowired
    Enrolments enrolments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueryCounter queries;

    long programmeId;
    String tag;
    SessionCookie session;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @BeforeEach
    void newProgramme() throws Exception {
        long provider = jdbc.queryForObject(
                "select id from provider_organisation where name = 'Fjord Lederutvikling AS'", Long.class);
        long coordinator = jdbc.queryForObject(
                "select id from person where email = ?", Long.class, DemoAccounts.COORDINATOR_FJORD);
        programmeId = programmes
                .create(new ProgrammeData(
                        "Importprogram " + System.nanoTime(),
                        null,
                        provider,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        List.of(),
                        Set.of(coordinator),
                        StructurePlan.none(),
                        Rates.defaults()))
                .getId();
        tag = String.valueOf(System.nanoTime());
        // A session of its own, in the database like every session, found by its cookie.
        session = SessionCookie.of(mvc.perform(get("/login")).andReturn());
    }

    @Test
    void previewShowsEveryRowWithItsProblemsAndNoConfirmButton() throws Exception {
        long peopleBefore = count("select count(*) from person");
        String page = upload(
                        HEADING
                                + "Ny Leder;ny." + tag + "@drammen.example;Enhetsleder;3301;;Helse og omsorg;Helse\n"
                                + "Feil Epost;ikke-epost;;3301;;;\n"
                                + "Ukjent Kommune;ukjent." + tag + "@x.example;;9999;;;\n"
                                + "Dobbel En;dobbel." + tag + "@x.example;;3301;;;\n"
                                + "Dobbel To;DOBBEL." + tag + "@x.example;;3301;;;\n"
                                + "Kari Nordmann;" + DemoUsers.LEADER.email() + ";;3301;;;Helse\n"
                                + "Ola Haugen;" + DemoUsers.LEADER_OTHER_MUNICIPALITY.email() + ";;3301;;;\n"
                                + "Feil Sektor;sektor." + tag + "@x.example;;3301;;Økonomi;\n"
                                + ";uten.navn." + tag + "@x.example;;;;;\n",
                        DemoUsers.COORDINATOR)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("«ikke-epost» er ikke en gyldig e-postadresse.")
                .contains("«9999» er ikke et kommunenummer.")
                .contains("Samme e-post står også på rad 6.")
                .contains("Samme e-post står også på rad 5.")
                .contains("Personen finnes i Samla med en annen kommune.")
                .contains("«Økonomi» er ikke en sektor.")
                .contains("Navn mangler.")
                .contains("Kommunenummer mangler.")
                .contains("3301 Drammen")
                .contains("Finnes fra før")
                .contains("Ny person")
                .contains("Rett problemene i fila")
                .contains("<th scope=\"row\">2</th>")
                .contains("<th scope=\"row\">10</th>")
                .doesNotContain("/import/confirm")
                .doesNotContain("Importer 9 deltakere");
        assertThat(summary(page)).containsExactly("9", "7", "2", "7");
        assertThat(count("select count(*) from person")).isEqualTo(peopleBefore);
    }

    @Test
    void confirmImportsAllRowsInOneGoWithDisabledAccountsAndInvitationLinks() throws Exception {
        long peopleBefore = count("select count(*) from person");
        long kari = count("select id from person where email = '" + DemoUsers.LEADER.email() + "'");
        String page = upload(
                        HEADING
                                + "Åse Ødegård;aase." + tag
                                + "@drammen.example;Enhetsleder;3301;Hjemmetjenesten;Helse og omsorg;Helse\n"
                                + "Per Ås;per." + tag + "@drammen.example;Rektor;3301;Skole;EDUCATION;helse\n"
                                + "Siri Stange;siri." + tag + "@stange.example;;3413;;;\n"
                                + "Kari Nordmann;" + DemoUsers.LEADER.email().toUpperCase() + ";;3301;;;HELSE\n",
                        DemoUsers.COORDINATOR)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Ingen problemer").contains("Importer 4 deltakere");
        assertThat(summary(page)).containsExactly("4", "3", "1", "0");

        confirm(previewId(page), DemoUsers.COORDINATOR).andExpect(redirectedUrl(importUrl()));

        assertThat(count("select count(*) from person")).isEqualTo(peopleBefore + 3);
        assertThat(count("select count(*) from person where lower(email) = lower(?)", DemoUsers.LEADER.email()))
                .isEqualTo(1);
        assertThat(count("select count(*) from participation where programme_id = ? and left_on is null", programmeId))
                .isEqualTo(4);
        assertThat(count(
                        "select count(*) from participation where programme_id = ? and person_id = ?",
                        programmeId,
                        kari))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from participation_role r join participation p on p.id = r.participation_id"
                                + " where p.programme_id = ? and r.role = 'PARTICIPANT'",
                        programmeId))
                .isEqualTo(4);
        assertThat(jdbc.queryForList(
                        "select g.name from leader_group g join programme_municipality pm on pm.id = g.programme_municipality_id"
                                + " where pm.programme_id = ?",
                        String.class,
                        programmeId))
                .containsExactly("Helse");
        assertThat(count(
                        "select count(*) from participation where programme_id = ? and leader_group_id is not null",
                        programmeId))
                .isEqualTo(3);
        assertThat(count("select count(*) from programme_municipality where programme_id = ?", programmeId))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select a.enabled from account a join person p on p.id = a.person_id where p.email like ?",
                        Boolean.class,
                        "%." + tag + "@%"))
                .containsExactly(false, false, false);
        assertThat(jdbc.queryForObject(
                        "select sector || ' ' || title || ' ' || unit from person where email = ?",
                        String.class,
                        "aase." + tag + "@drammen.example"))
                .isEqualTo("HEALTH_AND_CARE Enhetsleder Hjemmetjenesten");
        assertThat(count(
                        "select count(*) from invitation i join account a on a.id = i.account_id where a.email like ?",
                        "%." + tag + "@%"))
                .isEqualTo(3);

        String result = mvc.perform(get(importUrl()).with(session).with(DemoUsers.COORDINATOR.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> links = invitationLinks(result);
        assertThat(links).hasSize(3);
        assertThat(result)
                .contains("Deltakerne er importert")
                .contains("Åse Ødegård")
                .contains("Lenkene vises bare nå");
        mvc.perform(get(links.get(0).replaceFirst("^https?://[^/]+", "")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());

        String again = mvc.perform(get(importUrl()).with(session).with(DemoUsers.COORDINATOR.as(accounts)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(invitationLinks(again)).isEmpty();
        assertThat(again).contains("Last opp deltakerliste");

        String secondTime = upload(
                        HEADING + "Kari Nordmann;" + DemoUsers.LEADER.email() + ";;3301;;;\n", DemoUsers.ADMIN)
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(secondTime)
                .contains("Personen er allerede med i programmet.")
                .doesNotContain("/import/confirm");
    }

    @Test
    void aFileWithOneBadRowSavesNothingEvenIfConfirmIsForced() throws Exception {
        long peopleBefore = count("select count(*) from person");
        upload(
                        HEADING
                                + "God Rad;god." + tag + "@drammen.example;;3301;;;\n"
                                + "Dårlig Rad;daarlig." + tag + "@drammen.example;;0000;;;\n",
                        DemoUsers.COORDINATOR)
                .andExpect(status().isOk());
        ImportPreview stored = storedPreview();
        assertThat(stored.rowsWithProblems()).isEqualTo(1);

        String page = followConfirm(stored.id());
        assertThat(page)
                .contains("Noe er endret i Samla siden forhåndsvisningen")
                .contains("«0000» er ikke et kommunenummer.")
                .doesNotContain("name=\"previewId\"");
        assertNothingSaved(peopleBefore);
    }

    @Test
    void aFailureHalfwayThroughTheImportLeavesNothingWritten() throws Exception {
        long peopleBefore = count("select count(*) from person");
        String page = upload(
                        HEADING
                                + "Første Rad;forste." + tag + "@drammen.example;;3301;;;\n"
                                + "Andre Rad;andre." + tag + "@drammen.example;;3301;;;\n"
                                + "Tredje Rad;tredje." + tag + "@stange.example;;3413;;;\n",
                        DemoUsers.COORDINATOR)
                .andReturn()
                .getResponse()
                .getContentAsString();

        try (InjectedFailure failure = InjectedFailure.onSecondInsertInto(jdbc, "person")) {
            assertThatThrownBy(() -> confirm(previewId(page), DemoUsers.COORDINATOR))
                    .hasStackTraceContaining("injected failure on row 2 of person");
        }

        assertNothingSaved(peopleBefore);
        // Nothing was lost either: the same preview imports once the fault is gone.
        confirm(previewId(page), DemoUsers.COORDINATOR).andExpect(redirectedUrl(importUrl()));
        assertThat(count("select count(*) from person")).isEqualTo(peopleBefore + 3);
    }

    @Test
    void aChangeInSamlaAfterThePreviewStopsTheWholeImport() throws Exception {
        long peopleBefore = count("select count(*) from person");
        String page = upload(
                        HEADING
                                + "Først Rad;forst." + tag + "@drammen.example;;3301;;;Ny gruppe\n"
                                + "Andre Rad;andre." + tag + "@drammen.example;;3301;;;\n",
                        DemoUsers.COORDINATOR)
                .andReturn()
                .getResponse()
                .getContentAsString();
        long stange = count("select id from municipality where number = '3413'");
        people.create(
                new PersonData("Andre Rad", "andre." + tag + "@drammen.example", null, null, stange, null, null, null));

        String conflict = followConfirm(previewId(page));

        assertThat(conflict)
                .contains("Noe er endret i Samla siden forhåndsvisningen")
                .contains("Personen finnes i Samla med en annen kommune.");
        assertNothingSaved(peopleBefore + 1);
    }

    @Test
    void anOldPreviewCannotBeConfirmed() throws Exception {
        upload(HEADING + "En Rad;en." + tag + "@drammen.example;;3301;;;\n", DemoUsers.COORDINATOR);
        long peopleBefore = count("select count(*) from person");

        confirm("not-the-preview", DemoUsers.COORDINATOR).andExpect(redirectedUrl(importUrl()));
        confirm(storedPreview().id(), DemoUsers.COORDINATOR).andExpect(redirectedUrl(importUrl()));
        confirm(storedPreview() == null ? "gone" : "again", DemoUsers.COORDINATOR)
                .andExpect(redirectedUrl(importUrl()));

        assertThat(count("select count(*) from person")).isEqualTo(peopleBefore + 1);
    }

    @Test
    void fileProblemsAreShownNextToTheFileFieldAndSaveNothing() throws Exception {
        long peopleBefore = count("select count(*) from person");

        String wrongType =
                rejected(new MockMultipartFile("file", "deltakere.pdf", "application/pdf", new byte[] {1, 2}));
        assertThat(wrongType)
                .contains("id=\"file-error\"")
                .contains("aria-describedby=\"file-hint file-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("error-summary")
                .contains("Velg en CSV-fil (.csv) eller en Excel-fil (.xlsx).");

        String columns = rejected(csvFile("Navn;Stilling\nOla;Leder\n"));
        assertThat(columns).contains("Fila mangler kolonnen e-post, kommunenummer.");

        assertThat(rejected(csvFile(""))).contains("Fila er tom.");
        assertThat(rejected(new MockMultipartFile("file", "", "application/octet-stream", new byte[0])))
                .contains("Velg en fil.");
        assertThat(rejected(new MockMultipartFile(
                        "file", "deltakere.xlsx", "application/octet-stream", new byte[] {'P', 'K', 3, 4, 0})))
                .contains("kunne ikke leses som en Excel-fil");
        assertNothingSaved(peopleBefore);
    }

    @Test
    void anXlsxFileIsPreviewedLikeACsvFile() throws Exception {
        byte[] xlsx = ParticipantFileTest.xlsx(
                List.of("Navn", "E-post", "Kommunenummer", "Sektor"),
                List.of("Oslo Leder", "oslo." + tag + "@oslo.example", 301, "Kultur"));
        String page = mvc.perform(multipart(importUrl())
                        .file(new MockMultipartFile(
                                "file",
                                "deltakere.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                xlsx))
                        .with(session)
                        .with(csrf())
                        .with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("0301 Oslo").contains("Importer 1 deltakere");
    }

    @Test
    void onlyTheProgrammesManagersMayImport() throws Exception {
        String csv = HEADING + "En Rad;en." + tag + "@drammen.example;;3301;;;\n";
        for (DemoUsers user : List.of(DemoUsers.ADMIN, DemoUsers.COORDINATOR)) {
            mvc.perform(get(importUrl()).with(user.as(accounts))).andExpect(status().isOk());
        }
        enrolments.enrolMunicipality(programmeId, count("select id from municipality where number = '3301'"));
        for (DemoUsers user : List.of(DemoUsers.MUNICIPALITY_ADMIN, DemoUsers.LEADER)) {
            mvc.perform(get(importUrl()).with(user.as(accounts))).andExpect(status().isForbidden());
            upload(csv, user).andExpect(status().isForbidden());
        }
        for (DemoUsers user : List.of(DemoUsers.COORDINATOR_OTHER, DemoUsers.MUNICIPALITY_ADMIN_OTHER)) {
            mvc.perform(get(importUrl()).with(user.as(accounts))).andExpect(status().isNotFound());
        }
        upload(csv, DemoUsers.COORDINATOR_OTHER).andExpect(status().isNotFound());
        confirm("x", DemoUsers.COORDINATOR_OTHER).andExpect(status().isNotFound());
        mvc.perform(get(importUrl()).with(DemoUsers.ANONYMOUS.as(accounts))).andExpect(redirectedUrl("/login"));

        // As the route access table tries them: plain POSTs without a file or a preview.
        mvc.perform(post(importUrl()).with(csrf()).with(DemoUsers.COORDINATOR.as(accounts)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(importUrl() + "/confirm").with(csrf()).with(DemoUsers.COORDINATOR.as(accounts)))
                .andExpect(redirectedUrl(importUrl()));
        mvc.perform(post(importUrl() + "/confirm").with(csrf()).with(DemoUsers.MUNICIPALITY_ADMIN.as(accounts)))
                .andExpect(status().isForbidden());
        mvc.perform(post(importUrl()).with(csrf()).with(DemoUsers.ANONYMOUS.as(accounts)))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void fiveThousandRowsPreviewInUnderFiveSecondsWithAFixedNumberOfQueriesAndImportInOneGo() throws Exception {
        List<String> numbers = municipalityNumbers(50);
        StringBuilder csv = new StringBuilder(HEADING);
        for (int i = 0; i < 5000; i++) {
            String number = numbers.get(i % numbers.size());
            csv.append("Leder ")
                    .append(i)
                    .append(";leder")
                    .append(i)
                    .append('.')
                    .append(tag)
                    .append("@kommune.example;Enhetsleder;")
                    .append(number)
                    .append(";Enhet ")
                    .append(i % 7)
                    .append(";Oppvekst og utdanning;Ledergruppe ")
                    .append(i % 3)
                    .append('\n');
        }
        // Templates and code paths warmed up once, as in a running Samla.
        upload(HEADING + "Varm Opp;varm." + tag + "@x.example;;3301;;;\n", DemoUsers.COORDINATOR);

        long[] millis = new long[1];
        String[] page = new String[1];
        long statements = queries.countDuring(() -> {
            long start = System.nanoTime();
            page[0] = upload(csv.toString(), DemoUsers.COORDINATOR)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            millis[0] = (System.nanoTime() - start) / 1_000_000;
        });
        System.out.printf(
                "Import preview of 5000 rows (%d KB file, %d KB page): %d ms, %d SQL statements%n",
                csv.length() / 1024, page[0].length() / 1024, millis[0], statements);
        assertThat(summary(page[0])).containsExactly("5000", "5000", "0", "0");
        assertThat(millis[0]).isLessThan(5000);
        assertThat(statements).isLessThan(20);

        long start = System.nanoTime();
        confirm(previewId(page[0]), DemoUsers.COORDINATOR).andExpect(redirectedUrl(importUrl()));
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Import of 5000 rows in one transaction: %d ms%n", importMillis);

        assertThat(count("select count(*) from participation where programme_id = ?", programmeId))
                .isEqualTo(5000);
        assertThat(count(
                        "select count(*) from leader_group g join programme_municipality pm on pm.id = g.programme_municipality_id"
                                + " where pm.programme_id = ?",
                        programmeId))
                .isEqualTo(150);
        assertThat(count(
                        "select count(*) from invitation i join account a on a.id = i.account_id where a.email like ?",
                        "%." + tag + "@kommune.example"))
                .isEqualTo(5000);
        String result = mvc.perform(get(importUrl()).with(session).with(DemoUsers.COORDINATOR.as(accounts)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(invitationLinks(result)).hasSize(5000);
    }

    private org.springframework.test.web.servlet.ResultActions upload(String csv, DemoUsers user) throws Exception {
        return mvc.perform(multipart(importUrl())
                .file(csvFile(csv))
                .with(session)
                .with(csrf())
                .with(user.as(accounts)));
    }

    private org.springframework.test.web.servlet.ResultActions confirm(String previewId, DemoUsers user)
            throws Exception {
        return mvc.perform(post(importUrl() + "/confirm")
                .param("previewId", previewId)
                .with(session)
                .with(csrf())
                .with(user.as(accounts)));
    }

    /** Confirms as the coordinator and returns the page the redirect leads to (its message is in the session). */
    private String followConfirm(String previewId) throws Exception {
        confirm(previewId, DemoUsers.COORDINATOR).andExpect(redirectedUrl(importUrl()));
        return mvc.perform(get(importUrl()).with(session).with(DemoUsers.COORDINATOR.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String rejected(MockMultipartFile file) throws Exception {
        MvcResult result = mvc.perform(multipart(importUrl())
                        .file(file)
                        .with(session)
                        .with(csrf())
                        .with(DemoUsers.COORDINATOR.as(accounts)))
                .andExpect(status().isUnprocessableContent())
                .andReturn();
        assertThat(storedPreview()).isNull();
        return result.getResponse().getContentAsString();
    }

    private static MockMultipartFile csvFile(String csv) {
        return new MockMultipartFile("file", "deltakere.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private ImportPreview storedPreview() {
        Session stored = sessions.findById(session.id());
        for (String name : stored.getAttributeNames()) {
            if (name.endsWith(".preview." + programmeId)) {
                return stored.getAttribute(name);
            }
        }
        return null;
    }

    private void assertNothingSaved(long expectedPeople) {
        assertThat(count("select count(*) from person")).isEqualTo(expectedPeople);
        assertThat(count("select count(*) from participation where programme_id = ?", programmeId))
                .isZero();
        assertThat(count("select count(*) from programme_municipality where programme_id = ?", programmeId))
                .isZero();
        assertThat(count("select count(*) from account where email like ?", "%." + tag + "@%"))
                .isZero();
    }

    private String importUrl() {
        return "/programmes/" + programmeId + "/import";
    }

    private static String previewId(String page) {
        Matcher matcher =
                Pattern.compile("name=\"previewId\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("confirm form on the page").isTrue();
        return matcher.group(1);
    }

    /** Rows, new people, existing people and rows with problems, as the summary shows them. */
    private static List<String> summary(String page) {
        Matcher matcher = Pattern.compile("<dd class=\"[^\"]*\">(\\d+)</dd>").matcher(page);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static List<String> invitationLinks(String page) {
        Matcher matcher = Pattern.compile("<code class=\"invitation-link\">([^<]+)</code>")
                .matcher(page);
        List<String> links = new ArrayList<>();
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    private static List<String> municipalityNumbers(int how) throws IOException {
        try (InputStream in = ParticipantImportTest.class.getResourceAsStream("/db/data/municipalities-2024.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(line -> line.split(","))
                    .filter(fields -> fields.length > 2 && fields[2].matches("\\d{4}"))
                    .map(fields -> fields[2])
                    .limit(how)
                    .toList();
        }
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
