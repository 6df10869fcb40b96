package no.samla.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samla.coaching.DevelopmentProject;
import no.samla.demo.DemoAccounts;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import no.samla.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Log entries as leaders, coaches and strangers use them: writing (linked to an assignment, shared with the coach),
 * comments, edits with history, drafts, attachments, bad input, the "not found" rule on every entry route, and
 * bounded queries. Everything a test makes is rolled back.
 */
@SamlaTest
@RecordApplicationEvents
class LogEntryPagesTest {

    static final long MAX_STATEMENTS = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    LogEntries entries;

    @Autowired
    QueryCounter queries;

    @Autowired
    ApplicationEvents events;

    long school;
    long kari;
    long marte;
    String today;

    @BeforeEach
    void demo() {
        school = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        kari = person(DemoAccounts.LEADER_DRAMMEN);
        marte = person(DemoAccounts.COORDINATOR_FJORD);
        today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
    }

    @Test
    void aLeaderLogsAnEntryOnAnAssignmentSharesItWithTheCoachAndSeesTheCommentWhileAnotherLeaderCannotReadIt() {
        inRollback(() -> {
            long assignment = assignmentFor(kari, "Prøv å delegere én oppgave");
            String form = body(
                    as(DemoUsers.LEADER, get("/journal/new?programme=" + school + "&assignment=" + assignment)), 200);
            assertThat(form).contains("Prøv å delegere én oppgave").contains("selected");

            MockHttpServletResponse saved = perform(as(
                    DemoUsers.LEADER,
                    entryForm(multipart("/journal/new"), "Jeg lot teamet fordele vaktene selv.")
                            .param("assignmentId", String.valueOf(assignment))
                            .param("shareWithCoach", "true")));
            assertThat(saved.getStatus()).isEqualTo(302);
            long id = idFrom(saved.getRedirectedUrl());
            assertThat(jdbc.queryForObject(
                            "select done_at is not null from assignment_recipient where assignment_id = ? and person_id = ?",
                            Boolean.class,
                            assignment,
                            kari))
                    .isTrue();

            assertThat(body(as(DemoUsers.COORDINATOR, get("/journal/shared")), 200))
                    .contains("Kari Nordmann")
                    .contains("Jeg lot teamet fordele vaktene selv.");
            assertThat(body(as(DemoUsers.COORDINATOR, get("/journal/shared/" + id)), 200))
                    .contains("Jeg lot teamet fordele vaktene selv.")
                    .contains("Prøv å delegere én oppgave");
            MockHttpServletResponse commented = perform(as(
                    DemoUsers.COORDINATOR,
                    post("/journal/" + id + "/comments").param("text", "Spennende – hva gjorde du med uroen?")));
            assertThat(commented.getStatus()).isEqualTo(302);
            assertThat(events.stream(LogEntryCommented.class)
                            .filter(event -> event.entryId() == id)
                            .toList())
                    .singleElement()
                    .satisfies(event -> {
                        assertThat(event.leaderPersonId()).isEqualTo(kari);
                        assertThat(event.authorPersonId()).isEqualTo(marte);
                        assertThat(event.programmeId()).isEqualTo(school);
                    });
            assertThat(body(as(DemoUsers.LEADER, get("/journal/" + id)), 200))
                    .contains("Spennende – hva gjorde du med uroen?")
                    .contains("Marte Lien");
            // The leader replies.
            assertThat(perform(as(
                                    DemoUsers.LEADER,
                                    post("/journal/" + id + "/comments").param("text", "Takk!")))
                            .getStatus())
                    .isEqualTo(302);

            RequestPostProcessor ase = leader("ase.andersen@drammen.example");
            assertThat(perform(get("/journal/shared/" + id).with(ase)).getStatus())
                    .isEqualTo(404);
            assertThat(perform(get("/journal/" + id).with(ase)).getStatus()).isEqualTo(404);
            assertThat(body(as(DemoUsers.LEADER_OTHER_MUNICIPALITY, get("/journal/shared")), 200))
                    .doesNotContain("Jeg lot teamet fordele vaktene selv.");
        });
    }

    @Test
    void aListPageCarriesTheCountOfAllItsEntriesOnEveryPageAndPastTheLast() {
        long all = jdbc.queryForObject("select count(*) from log_entry where person_id = ?", Long.class, kari);
        assertThat(all).isGreaterThan(3);
        Page<LogEntryRow> first = entries.mine(kari, null, PageRequest.of(0, 3));
        assertThat(first.getContent()).hasSize(3);
        assertThat(first.getTotalElements()).isEqualTo(all);
        int lastPage = (int) ((all - 1) / 3);
        Page<LogEntryRow> last = entries.mine(kari, null, PageRequest.of(lastPage, 3));
        assertThat(last.getContent()).hasSize((int) (all - lastPage * 3L));
        assertThat(last.getTotalElements()).isEqualTo(all);
        Page<LogEntryRow> past = entries.mine(kari, null, PageRequest.of(lastPage + 2, 3));
        assertThat(past.getContent()).isEmpty();
        assertThat(past.getTotalElements()).isEqualTo(all);
        assertThat(entries.sharedWith(marte, PageRequest.of(0, 2)).getTotalElements())
                .isEqualTo(entries.sharedWith(marte, PageRequest.of(0, 10_000))
                        .getContent()
                        .size());
    }

    @Test
    void everyEntryRouteIsNotFoundForThoseTheEntryIsNotSharedWith() {
        long shared = demoEntry(true);
        long own = demoEntry(false);
        long attachment =
                jdbc.queryForObject("select id from log_entry_attachment where entry_id = ?", Long.class, shared);
        List<RequestPostProcessor> strangers = new ArrayList<>(List.of(
                DemoUsers.LEADER_OTHER_MUNICIPALITY.as(accounts),
                leader("ase.andersen@drammen.example"),
                DemoUsers.MUNICIPALITY_ADMIN.as(accounts),
                DemoUsers.MUNICIPALITY_ADMIN_OTHER.as(accounts),
                DemoUsers.COORDINATOR_OTHER.as(accounts),
                DemoUsers.ADMIN.as(accounts)));
        List<String> wrong = new ArrayList<>();
        for (RequestPostProcessor stranger : strangers) {
            wrong.addAll(notFoundEverywhere(stranger, shared, attachment));
            wrong.addAll(notFoundEverywhere(stranger, own, null));
        }
        // The coach reads what is shared with them, and nothing else.
        wrong.addAll(notFoundEverywhere(DemoUsers.COORDINATOR.as(accounts), own, null));
        assertThat(wrong).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from log_entry_comment where entry_id in (?, ?)", Long.class, shared, own))
                .isEqualTo(1);
    }

    private List<String> notFoundEverywhere(RequestPostProcessor who, long id, Long attachment) {
        List<AbstractMockHttpServletRequestBuilder<?>> requests = new ArrayList<>(List.of(
                get("/journal/" + id),
                get("/journal/" + id + "/edit"),
                entryForm(multipart("/journal/" + id + "/edit"), "Overskrevet").param("version", "1"),
                get("/journal/" + id + "/versions/1"),
                get("/journal/shared/" + id),
                post("/journal/" + id + "/comments").param("text", "Hei"),
                post("/journal/drafts")
                        .param("programmeId", String.valueOf(school))
                        .param("entryId", String.valueOf(id))
                        .param("did", "Kladd"),
                get("/journal/" + id + "/attachments/" + (attachment == null ? 1 : attachment))));
        List<String> wrong = new ArrayList<>();
        for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
            inRollback(() -> {
                MockHttpServletResponse response = perform(request.with(who).with(csrf()));
                if (response.getStatus() != 404) {
                    wrong.add(request.buildRequest(new org.springframework.mock.web.MockServletContext())
                                    .getRequestURI()
                            + " gave " + response.getStatus());
                }
            });
        }
        return wrong;
    }

    @Test
    void emptyTooLongAndFutureEntriesAreRefusedWithAMessageAndTheInputKept() {
        inRollback(() -> {
            long before = entriesOf(kari);
            String empty = body(as(DemoUsers.LEADER, entryForm(multipart("/journal/new"), "   ")), 422);
            assertThat(empty).contains("Skriv noe i minst ett av de fire tekstfeltene.");

            String longText = "lang".repeat(25_000);
            String tooLong = body(as(DemoUsers.LEADER, entryForm(multipart("/journal/new"), longText)), 422);
            assertThat(tooLong).contains("Skriv høyst 8").contains(longText).contains("id=\"did-error\"");

            String future = body(
                    as(
                            DemoUsers.LEADER,
                            entryForm(
                                    multipart("/journal/new"),
                                    "I morgen",
                                    LocalDate.parse(today).plusDays(3).toString())),
                    422);
            assertThat(future).contains("Datoen kan ikke være frem i tid.");
            assertThat(entriesOf(kari)).isEqualTo(before);
        });
    }

    @Test
    void controlCharactersAreLeftOutOddUnicodeIsKeptAndScriptTagsAreShownEscaped() {
        inRollback(() -> {
            MockHttpServletResponse saved = perform(as(
                    DemoUsers.LEADER,
                    entryForm(multipart("/journal/new"), "før\u0000etter\u0007 \u202Eomvendt\u200B 😀")
                            .param("learned", "<script>alert('x')</script>")));
            assertThat(saved.getStatus()).isEqualTo(302);
            long id = idFrom(saved.getRedirectedUrl());
            assertThat(entries.own(kari, id).text().did()).isEqualTo("føretter \u202Eomvendt\u200B 😀");
            String page = body(as(DemoUsers.LEADER, get("/journal/" + id)), 200);
            assertThat(page)
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .doesNotContain("<script>alert");
            assertThat(body(as(DemoUsers.LEADER, get("/journal")), 200)).doesNotContain("<script>alert");
        });
    }

    @Test
    void anEditKeepsTheHistoryAndAStaleEditIsRefused() {
        inRollback(() -> {
            long id = write(kari, "Tekst en", DevelopmentProject.Sharing.onlyMe());
            assertThat(body(as(DemoUsers.LEADER, get("/journal/" + id + "/edit")), 200))
                    .contains("Tekst en")
                    .contains("name=\"version\" value=\"1\"");
            MockHttpServletResponse edited = perform(as(
                    DemoUsers.LEADER,
                    entryForm(multipart("/journal/" + id + "/edit"), "Tekst to").param("version", "1")));
            assertThat(edited.getStatus()).isEqualTo(302);
            assertThat(entries.own(kari, id).versionNumber()).isEqualTo(2);
            assertThat(body(as(DemoUsers.LEADER, get("/journal/" + id)), 200))
                    .contains("Tekst to")
                    .contains("/journal/" + id + "/versions/1");
            assertThat(body(as(DemoUsers.LEADER, get("/journal/" + id + "/versions/1")), 200))
                    .contains("Tekst en")
                    .doesNotContain("Tekst to");
            assertThat(perform(as(DemoUsers.LEADER, get("/journal/" + id + "/versions/3")))
                            .getStatus())
                    .isEqualTo(404);

            String stale = body(
                    as(
                            DemoUsers.LEADER,
                            entryForm(multipart("/journal/" + id + "/edit"), "Tekst tre")
                                    .param("version", "1")),
                    409);
            assertThat(stale).contains("Tekst tre");
            assertThat(entries.own(kari, id).text().did()).isEqualTo("Tekst to");
        });
    }

    @Test
    void draftsAreSavedRestoredAndDeletedOnSave() {
        inRollback(() -> {
            String form = body(as(DemoUsers.LEADER, get("/journal/new?programme=" + school)), 200);
            assertThat(form)
                    .contains("hx-post=\"/journal/drafts\"")
                    .contains("aria-live=\"polite\"")
                    .contains("data-draft-key=\"journal-new-" + school + "\"")
                    .containsPattern("/assets/js/journal-[0-9a-f]{32}\\.js");
            String status = body(
                    as(
                            DemoUsers.LEADER,
                            post("/journal/drafts")
                                    .param("programmeId", String.valueOf(school))
                                    .param("date", today)
                                    .param("did", "Halvferdig tanke")),
                    200);
            assertThat(status).contains("Kladd lagret");
            assertThat(body(as(DemoUsers.LEADER, get("/journal/new?programme=" + school)), 200))
                    .contains("Halvferdig tanke")
                    .contains("Vi fant en kladd");
            assertThat(body(
                            as(
                                    DemoUsers.LEADER,
                                    post("/journal/drafts")
                                            .param("programmeId", String.valueOf(school))
                                            .param("did", "x".repeat(9000))),
                            422))
                    .contains("Kladden ble ikke lagret");

            assertThat(perform(as(DemoUsers.LEADER, entryForm(multipart("/journal/new"), "Ferdig tanke")))
                            .getStatus())
                    .isEqualTo(302);
            assertThat(jdbc.queryForObject(
                            "select count(*) from log_entry_draft where person_id = ?", Long.class, kari))
                    .isZero();
        });
    }

    @Test
    void anAttachmentIsCheckedByContentAndDownloadedAsAnAttachment() {
        inRollback(() -> {
            byte[] pdf = "%PDF-1.4\n% et lite notat\n".getBytes(StandardCharsets.US_ASCII);
            MockHttpServletResponse saved = perform(as(
                    DemoUsers.LEADER,
                    entryForm(multipart("/journal/new"), "Med vedlegg")
                            .file(new MockMultipartFile("attachment", "notat.pdf", "application/pdf", pdf))));
            assertThat(saved.getStatus()).isEqualTo(302);
            long id = idFrom(saved.getRedirectedUrl());
            LogEntryAttachment attachment = entries.own(kari, id).attachment();
            assertThat(attachment.fileName()).isEqualTo("notat.pdf");
            MockHttpServletResponse download =
                    perform(as(DemoUsers.LEADER, get("/journal/" + id + "/attachments/" + attachment.id())));
            assertThat(download.getStatus()).isEqualTo(200);
            assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
            assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.getContentAsByteArray()).isEqualTo(pdf);

            String refused = body(
                    as(
                            DemoUsers.LEADER,
                            entryForm(multipart("/journal/new"), "Med falskt vedlegg")
                                    .file(new MockMultipartFile(
                                            "attachment",
                                            "notat.pdf",
                                            "application/pdf",
                                            "<html><script>alert(1)</script></html>"
                                                    .getBytes(StandardCharsets.UTF_8)))),
                    422);
            assertThat(refused).contains("id=\"attachment-error\"").contains("Med falskt vedlegg");
        });
    }

    @Test
    void groupMembersReadWhatIsSharedWithTheGroupButDoNotCommentAndCoordinatorsReadWhatIsSharedWithThem() {
        inRollback(() -> {
            String memberEmail = jdbc.queryForObject("""
                    select pe.email from network_group_member me join network_group_member other
                      on other.network_group_id = me.network_group_id and other.left_on is null
                    join network_group ng on ng.id = me.network_group_id and ng.programme_id = ?
                    join person pe on pe.id = other.person_id
                    where me.person_id = ? and me.left_on is null and other.person_id <> me.person_id
                    order by pe.id limit 1
                    """, String.class, school, kari);
            long group = write(kari, "Til gruppa", new DevelopmentProject.Sharing(false, true, false));
            long coordinators = write(kari, "Til koordinatorene", new DevelopmentProject.Sharing(false, false, true));
            RequestPostProcessor member = leader(memberEmail);
            long memberId = jdbc.queryForObject("select id from person where email = ?", Long.class, memberEmail);
            assertThat(body(get("/journal/shared/" + group).with(member), 200)).contains("Til gruppa");
            assertThat(listedAsShared(memberId)).contains(group).doesNotContain(coordinators);
            assertThat(listedAsShared(marte)).contains(coordinators);
            theListOfSharedEntriesFollowsTheRuleForOneEntry(memberId, marte, kari);
            assertThat(perform(post("/journal/" + group + "/comments")
                                    .param("text", "Fint")
                                    .with(member)
                                    .with(csrf()))
                            .getStatus())
                    .isEqualTo(422);
            assertThat(perform(get("/journal/shared/" + coordinators).with(member))
                            .getStatus())
                    .isEqualTo(404);
            assertThat(body(as(DemoUsers.COORDINATOR, get("/journal/shared/" + coordinators)), 200))
                    .contains("Til koordinatorene");
            // The coordinator reads an entry shared with the group only while facilitating the group's meetings.
            String karisMeetings = "update network_meeting set facilitator_person_id = ? where network_group_id ="
                    + " (select ng.id from network_group ng join network_group_member m on m.network_group_id = ng.id"
                    + " where ng.programme_id = ? and ng.status = 'ACTIVE' and m.person_id = ? and m.left_on is null)";
            jdbc.update(karisMeetings, null, school, kari);
            assertThat(perform(as(DemoUsers.COORDINATOR, get("/journal/shared/" + group)))
                            .getStatus())
                    .isEqualTo(404);
            assertThat(listedAsShared(marte)).doesNotContain(group);
            jdbc.update(karisMeetings, marte, school, kari);
            assertThat(body(as(DemoUsers.COORDINATOR, get("/journal/shared/" + group)), 200))
                    .contains("Til gruppa");
            assertThat(listedAsShared(marte)).contains(group, coordinators);
            theListOfSharedEntriesFollowsTheRuleForOneEntry(marte);
            assertThat(perform(as(
                                    DemoUsers.COORDINATOR,
                                    post("/journal/" + group + "/comments").param("text", "Bra")))
                            .getStatus())
                    .isEqualTo(302);
        });
    }

    private List<Long> listedAsShared(long reader) {
        return entries.sharedWith(reader, PageRequest.of(0, 100_000))
                .map(LogEntryRow::id)
                .toList();
    }

    /**
     * The list of entries shared with a reader (found through indexes) holds exactly the entries of others that the
     * rule for reading one entry lets them read, tried on every entry there is.
     */
    private void theListOfSharedEntriesFollowsTheRuleForOneEntry(long... readers) {
        List<Long> all = jdbc.queryForList(
                "select id from log_entry where person_id in"
                        + " (select person_id from participation where programme_id = ?)",
                Long.class,
                school);
        for (long reader : readers) {
            List<Long> readable = new ArrayList<>();
            for (long id : all) {
                try {
                    if (entries.readable(reader, id).personId() != reader) {
                        readable.add(id);
                    }
                } catch (NotFoundException notShared) {
                    // not for this reader
                }
            }
            assertThat(listedAsShared(reader)).as("reader " + reader).containsExactlyInAnyOrderElementsOf(readable);
        }
    }

    @Test
    void otherModulesReadRecentEntriesCountsPerMonthAndAllOwnEntries() {
        inRollback(() -> {
            long before = entriesOf(kari);
            long id = write(kari, "Til eksport", DevelopmentProject.Sharing.onlyMe());
            assertThat(entries.recent(kari, school, 1))
                    .singleElement()
                    .satisfies(row -> assertThat(row.id()).isEqualTo(id));
            Map<java.time.YearMonth, Long> perMonth = entries.countPerMonth(kari, school);
            assertThat(perMonth.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(before + 1);
            assertThat(entries.allOwn(kari))
                    .hasSize((int) before + 1)
                    .anySatisfy(entry -> assertThat(entry.text().did()).isEqualTo("Til eksport"));
        });
    }

    @Test
    void theEntryPagesRunABoundedNumberOfQueriesWhateverTheDataSize() {
        inRollback(() -> {
            long entry = demoEntry(true);
            long journalBefore = count(DemoUsers.LEADER, "/journal");
            long entryBefore = count(DemoUsers.LEADER, "/journal/" + entry);
            long sharedBefore = count(DemoUsers.COORDINATOR, "/journal/shared");
            for (int i = 0; i < 30; i++) {
                long id = write(kari, "Flere " + i, new DevelopmentProject.Sharing(true, false, false));
                entries.comment(marte, id, "Kommentar " + i);
                entries.comment(marte, entry, "Mer " + i);
            }
            long journalAfter = count(DemoUsers.LEADER, "/journal");
            long entryAfter = count(DemoUsers.LEADER, "/journal/" + entry);
            long sharedAfter = count(DemoUsers.COORDINATOR, "/journal/shared");
            // The page query, plus its count query once a list fills a page: never one query per row.
            assertThat(journalAfter).isLessThanOrEqualTo(journalBefore + 1).isLessThanOrEqualTo(MAX_STATEMENTS);
            assertThat(entryAfter).isLessThanOrEqualTo(entryBefore).isLessThanOrEqualTo(MAX_STATEMENTS);
            assertThat(sharedAfter).isLessThanOrEqualTo(sharedBefore + 1).isLessThanOrEqualTo(MAX_STATEMENTS);
        });
    }

    // Helpers

    @Test
    void theCoachFindsEntriesSharedWithThemOnTheStartPageAndOthersDoNot() {
        long shared = demoEntry(true);
        String coach = body(as(DemoUsers.COORDINATOR, get("/")), 200);
        assertThat(coach)
                .contains("href=\"/journal/shared/" + shared + "\"")
                .contains("href=\"/journal/shared\"")
                .contains("Kari Nordmann, ");
        for (DemoUsers other : List.of(
                DemoUsers.MUNICIPALITY_ADMIN,
                DemoUsers.ADMIN,
                DemoUsers.COORDINATOR_OTHER,
                DemoUsers.LEADER_OTHER_MUNICIPALITY)) {
            assertThat(body(as(other, get("/")), 200)).doesNotContain("/journal/shared/" + shared);
        }
    }

    private long count(DemoUsers who, String url) {
        try {
            return queries.countDuring(() -> body(as(who, get(url)), 200));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MockMultipartHttpServletRequestBuilder entryForm(
            MockMultipartHttpServletRequestBuilder request, String did) {
        return entryForm(request, did, today);
    }

    private MockMultipartHttpServletRequestBuilder entryForm(
            MockMultipartHttpServletRequestBuilder request, String did, String date) {
        request.param("programmeId", String.valueOf(school))
                .param("date", date)
                .param("did", did)
                .param("happened", "")
                .param("learned", "")
                .param("nextStep", "");
        return request;
    }

    private long write(long person, String did, DevelopmentProject.Sharing sharing) {
        return entries.write(
                person,
                school,
                new LogEntryData(
                        LocalDate.parse(today), new LogEntryText(did, "", "", ""), null, false, null, null, sharing),
                null);
    }

    private long assignmentFor(long person, String title) {
        Long id = jdbc.queryForObject("""
                insert into assignment (programme_id, kind, title, due_on, audience, created_by_person_id)
                values (?, 'PRACTISE', ?, current_date + 7, 'CHOSEN', ?) returning id
                """, Long.class, school, title, marte);
        jdbc.update("insert into assignment_recipient (assignment_id, person_id) values (?, ?)", id, person);
        return id;
    }

    private long demoEntry(boolean shared) {
        return jdbc.queryForObject(
                "select id from log_entry where person_id = ? and programme_id = ?"
                        + " and (share_with_coach or share_with_network_group or share_with_coordinators) = ?"
                        + " order by entry_date desc, id desc limit 1",
                Long.class,
                kari,
                school,
                shared);
    }

    private long entriesOf(long person) {
        return jdbc.queryForObject("select count(*) from log_entry where person_id = ?", Long.class, person);
    }

    private long person(String email) {
        return jdbc.queryForObject("select id from person where lower(email) = lower(?)", Long.class, email);
    }

    private RequestPostProcessor leader(String email) {
        return user(accounts.loadUser(email).orElseThrow());
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(DemoUsers who, B request) {
        return request.with(who.as(accounts)).with(csrf());
    }

    private MockHttpServletResponse perform(RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String body(RequestBuilder request, int status) {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as(response.getRedirectedUrl()).isEqualTo(status);
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long idFrom(String redirect) {
        return Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
    }

    private void inRollback(Runnable work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}
