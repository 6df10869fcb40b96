package no.samla.journal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.ResponseText;
import no.samla.support.SamlaTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A leader downloads their own log entries and development project as PDF and Word: what is in the documents, what
 * is not (another leader's entry, earlier versions), hostile and unusual text, who gets a 404, and bounded queries.
 */
@SamlaTest
class EntryExportTest {

    static final String HOSTILE = "<script>alert('x')</script>";
    static final String EMOJI = "\uD83C\uDF89";
    static final String HEBREW = "\u05E9\u05DC\u05D5\u05DD";
    static final String ARABIC = "\u0645\u0631\u062D\u0628\u0627";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueryCounter queries;

    final String mark = UUID.randomUUID().toString().substring(0, 8);
    final List<Long> entries = new ArrayList<>();
    final List<Long> assignments = new ArrayList<>();
    long school;
    long kari;
    long marte;
    long otherLeader;

    @BeforeEach
    void demo() {
        school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        kari = person(DemoAccounts.LEADER_DRAMMEN);
        marte = person(DemoAccounts.COORDINATOR_FJORD);
        otherLeader = jdbc.queryForObject("""
                select p.person_id from participation p
                join participation_role r on r.participation_id = p.id and r.role = 'PARTICIPANT'
                where p.programme_id = ? and p.person_id <> ? order by p.person_id limit 1
                """, Long.class, school, kari);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        entries.forEach(id -> jdbc.update("delete from log_entry where id = ?", id));
        assignments.forEach(id -> jdbc.update("delete from assignment where id = ?", id));
    }

    @Test
    void theLeadersDocumentsHoldTheirOwnEntriesCommentsAndProjectAndNoOneElses() throws Exception {
        long assignment = assignment("Oppgave " + mark);
        Long project = jdbc
                .queryForList(
                        "select id from development_project where person_id = ? and programme_id = ?",
                        Long.class,
                        kari,
                        school)
                .stream()
                .findFirst()
                .orElse(null);
        Map<String, Object> meeting = jdbc
                .queryForList(
                        "select id, meeting_date from network_meeting where programme_id = ? order by id limit 1",
                        school)
                .stream()
                .findFirst()
                .orElse(null);
        long first = entry(
                kari,
                LocalDate.of(2027, 2, 3),
                "Delegerte " + mark,
                assignment,
                "RELATION",
                project,
                meeting == null ? null : (Long) meeting.get("id"));
        version(
                first,
                2,
                "Delegerte " + mark,
                "Teamet tok ansvar " + mark,
                "Lærte å vente " + mark,
                "Følge opp " + mark);
        comment(first, marte, "Godt jobbet " + mark);
        long second = entry(kari, LocalDate.of(2027, 1, 10), "Tidligere innlegg " + mark, null, null, null, null);
        long foreign = entry(otherLeader, LocalDate.of(2027, 2, 4), "Fremmed innlegg " + mark, null, null, null, null);

        MvcResult pdfResult = download(DemoUsers.LEADER, school, "pdf");
        assertThat(pdfResult.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdfResult.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("logg-lederskolen-i-drammen-2027.pdf");
        assertThat(pdfResult.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        PdfReader reader = new PdfReader(pdfResult.getResponse().getContentAsByteArray());
        String pdf = ResponseText.pdf(reader);
        assertThat(reader.getInfo().get("Title")).contains("Kari");
        assertThat(reader.getInfo().get("Author")).contains("Kari");
        // The headings are bookmarks: the project, the entries and each entry under them.
        List<Map<String, Object>> bookmarks = com.lowagie.text.pdf.SimpleBookmark.getBookmarkList(reader);
        assertThat(bookmarks)
                .extracting(bookmark -> bookmark.get("Title"))
                .contains("Utviklingsprosjekt", "Logginnlegg");
        assertThat(bookmarks.stream()
                        .filter(bookmark -> "Logginnlegg".equals(bookmark.get("Title")))
                        .findFirst()
                        .orElseThrow()
                        .get("Kids")
                        .toString())
                .contains("Innlegg 03.02.2027");

        MvcResult docxResult = download(DemoUsers.LEADER, school, "docx");
        assertThat(docxResult.getResponse().getHeader("Content-Disposition"))
                .contains("logg-lederskolen-i-drammen-2027.docx");
        String docx;
        try (XWPFDocument document = docx(docxResult)) {
            docx = new XWPFWordExtractor(document).getText();
            assertThat(document.getProperties().getCoreProperties().getTitle()).contains("Kari");
            assertThat(document.getParagraphs())
                    .extracting(XWPFParagraph::getStyle)
                    .contains("Title", "Heading1", "Heading2");
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(document.getParagraphs().stream()
                            .filter(p -> "Heading2".equals(p.getStyle()))
                            .map(XWPFParagraph::getText))
                    .contains("Innlegg 03.02.2027", "Innlegg 10.01.2027");
        }

        for (String text : List.of(pdf, docx)) {
            assertThat(text)
                    .contains("Kari Nordmann")
                    .contains(DemoProgrammes.DRAMMEN_SCHOOL)
                    .contains("Teamet tok ansvar " + mark)
                    .contains("Lærte å vente " + mark)
                    .contains("Følge opp " + mark)
                    .contains("Godt jobbet " + mark)
                    .contains("Marte Lien")
                    .contains("Oppgave: Oppgave " + mark)
                    .contains("Ledelsesatferd: Relasjon")
                    .contains("Tidligere versjoner: 1")
                    .contains("Tidligere innlegg " + mark)
                    .doesNotContain("Fremmed innlegg " + mark)
                    .doesNotContain("Utkast " + mark);
            if (project != null) {
                assertThat(text).contains("Om utviklingsprosjektet").contains("Antall versjoner:");
            }
            if (meeting != null) {
                assertThat(text).contains("Nettverksmøte");
            }
            // Date order: the January entry before the February one.
            assertThat(text.indexOf("Tidligere innlegg " + mark)).isLessThan(text.indexOf("Teamet tok ansvar " + mark));
        }
        assertThat(entries).contains(second, foreign);
    }

    @Test
    void scriptsEmojiCombiningMarksAndRightToLeftTextDoNotBreakEitherDocument() throws Exception {
        String odd = "Start " + mark + " " + HOSTILE + " fest " + EMOJI + " kafe\u0301 " + HEBREW + " " + ARABIC
                + " \u0007slutt " + mark;
        entry(kari, LocalDate.of(2027, 3, 1), odd, null, null, null, null);

        String pdf = ResponseText.pdf(new PdfReader(
                download(DemoUsers.LEADER, school, "pdf").getResponse().getContentAsByteArray()));
        assertThat(pdf)
                .contains("Start " + mark)
                .contains(HOSTILE)
                .contains("kafé")
                .contains("slutt " + mark);
        // The font has no emoji and no Arabic: they show as boxes, not as nothing.
        assertThat(pdf).doesNotContain(EMOJI).contains("fest \u25A1");
        // The extractor reads glyphs left to right as drawn: a Hebrew word laid out right to left comes out reversed.
        assertThat(pdf).contains(new StringBuilder(HEBREW).reverse().toString()).doesNotContain(HEBREW);

        try (XWPFDocument document = docx(download(DemoUsers.LEADER, school, "docx"))) {
            String docx = new XWPFWordExtractor(document).getText();
            assertThat(docx)
                    .contains(HOSTILE)
                    .contains("fest " + EMOJI)
                    .contains("kafé")
                    .contains(HEBREW)
                    .contains(ARABIC)
                    .contains("slutt " + mark)
                    .doesNotContain("\u0007");
        }
    }

    @Test
    void theLongestTextsAnEntryCanHoldFlowOverPages() throws Exception {
        String words = ("Lange avsnitt gir mange linjer.\n" + "ord ".repeat(40))
                .repeat(60)
                .substring(0, 7990);
        String unbroken = "x".repeat(8000);
        long entry = jdbc.queryForObject(
                "insert into log_entry (programme_id, person_id, entry_date) values (?, ?, date '2027-03-03') returning id",
                Long.class,
                school,
                kari);
        entries.add(entry);
        version(entry, 1, words + mark, unbroken, words, "Etter lang tekst " + mark);

        PdfReader reader = new PdfReader(
                download(DemoUsers.LEADER, school, "pdf").getResponse().getContentAsByteArray());
        assertThat(reader.getNumberOfPages()).isGreaterThan(3);
        assertThat(ResponseText.pdf(reader)).contains("Etter lang tekst " + mark);
        try (XWPFDocument document = docx(download(DemoUsers.LEADER, school, "docx"))) {
            assertThat(new XWPFWordExtractor(document).getText())
                    .contains(unbroken)
                    .contains("Etter lang tekst " + mark);
        }
    }

    @Test
    void theDocumentsFollowTheReadersLanguage() throws Exception {
        entry(kari, LocalDate.of(2027, 3, 2), "Engelsk " + mark, null, null, null, null);
        MvcResult result = mvc.perform(get("/journal-export/" + school + ".docx")
                        .param("lang", "en")
                        .with(DemoUsers.LEADER.as(accounts)))
                .andExpect(status().isOk())
                .andExpect(
                        header().string("Content-Disposition", org.hamcrest.Matchers.containsString("log-lederskolen")))
                .andReturn();
        try (XWPFDocument document = docx(result)) {
            assertThat(new XWPFWordExtractor(document).getText())
                    .contains("Log entries")
                    .contains("What did I learn?")
                    .contains("Engelsk " + mark);
            assertThat(document.getProperties()
                            .getCoreProperties()
                            .getUnderlyingProperties()
                            .getLanguageProperty())
                    .contains("en-GB");
            try (var styles = document.getStyles().getPackagePart().getInputStream()) {
                assertThat(new String(styles.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("w:val=\"en-GB\"");
            }
        }
    }

    @Test
    void aProgrammeTheLeaderDoesNotTakePartInIsNotFound() throws Exception {
        long stange = jdbc.queryForObject("""
                select p.programme_id from participation p
                join person a on a.id = p.person_id
                where lower(a.email) = lower(?)
                  and p.programme_id not in (select programme_id from participation where person_id = ?)
                order by p.programme_id limit 1
                """, Long.class, DemoAccounts.LEADER_STANGE, kari);
        for (String format : List.of("pdf", "docx")) {
            mvc.perform(get("/journal-export/" + stange + "." + format).with(DemoUsers.LEADER.as(accounts)))
                    .andExpect(status().isNotFound());
            // Kari's coach coordinates the programme but takes no part in it as a participant.
            mvc.perform(get("/journal-export/" + school + "." + format).with(DemoUsers.COORDINATOR.as(accounts)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void thePageListsTheLeadersProgrammesWithBothFormats() throws Exception {
        String page = mvc.perform(get("/journal-export").with(DemoUsers.LEADER.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/journal-export/" + school + ".pdf").contains("/journal-export/" + school + ".docx");
        String projects = mvc.perform(get("/development-project").with(DemoUsers.LEADER.as(accounts)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(projects).contains("href=\"/journal-export\"");
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfEntries() throws Exception {
        // One commented entry to start with, so that both measurements look up comment authors.
        long counted = entry(
                kari, LocalDate.of(2027, 4, 1), "Telling " + mark, assignment("Telling " + mark), null, null, null);
        comment(counted, marte, "Første kommentar " + mark);
        long before = queries.countDuring(() -> download(DemoUsers.LEADER, school, "pdf"));
        long beforeDocx = queries.countDuring(() -> download(DemoUsers.LEADER, school, "docx"));
        for (int i = 0; i < 6; i++) {
            long entry = entry(
                    kari, LocalDate.of(2027, 4, 2 + i), "Flere " + i + " " + mark, null, "TASK_STRUCTURE", null, null);
            version(entry, 2, "Ny tekst " + i, "", "", "");
            comment(entry, marte, "Kommentar " + i + " " + mark);
            comment(entry, otherLeader, "Svar " + i + " " + mark);
        }
        long after = queries.countDuring(() -> download(DemoUsers.LEADER, school, "pdf"));
        long afterDocx = queries.countDuring(() -> download(DemoUsers.LEADER, school, "docx"));
        assertThat(after).isEqualTo(before);
        assertThat(afterDocx).isEqualTo(beforeDocx);
        assertThat(after).isLessThanOrEqualTo(12);
    }

    private MvcResult download(DemoUsers user, long programme, String format) throws Exception {
        return mvc.perform(get("/journal-export/" + programme + "." + format).with(user.as(accounts)))
                .andExpect(status().isOk())
                .andReturn();
    }

    private static XWPFDocument docx(MvcResult result) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private long person(String email) {
        return jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, email);
    }

    private long assignment(String title) {
        long id = jdbc.queryForObject("""
                insert into assignment (programme_id, kind, title, due_on, audience, created_by_person_id)
                values (?, 'REFLECT', ?, date '2027-02-01', 'CHOSEN', ?) returning id
                """, Long.class, school, title, marte);
        assignments.add(id);
        return id;
    }

    /** An entry with a first version "Utkast …" (an earlier version when a second follows) or the given text. */
    private long entry(
            long person, LocalDate date, String did, Long assignment, String behaviour, Long project, Long meeting) {
        long id = jdbc.queryForObject(
                """
                insert into log_entry (programme_id, person_id, entry_date, assignment_id, behaviour,
                                       development_project_id, network_meeting_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, school, person, Date.valueOf(date), assignment, behaviour, project, meeting);
        entries.add(id);
        boolean revised = assignment != null && behaviour != null;
        version(id, 1, revised ? "Utkast " + mark : did, "", "", "");
        return id;
    }

    private void version(long entry, int number, String did, String happened, String learned, String nextStep) {
        jdbc.update(
                "insert into log_entry_version (entry_id, number, did, happened, learned, next_step) values (?, ?, ?, ?, ?, ?)",
                entry,
                number,
                did,
                happened,
                learned,
                nextStep);
    }

    private void comment(long entry, long author, String text) {
        jdbc.update(
                "insert into log_entry_comment (entry_id, author_person_id, text) values (?, ?, ?)",
                entry,
                author,
                text);
    }
}
