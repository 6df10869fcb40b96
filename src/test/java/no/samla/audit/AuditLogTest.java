package no.samla.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import no.samla.coaching.DevelopmentProject;
import no.samla.demo.DemoProgrammes;
import no.samla.gathering.AgendaItem;
import no.samla.gathering.AgendaItemData;
import no.samla.gathering.AgendaItemType;
import no.samla.gathering.Agendas;
import no.samla.gathering.Gathering;
import no.samla.gathering.GatheringData;
import no.samla.gathering.GatheringFormat;
import no.samla.gathering.Gatherings;
import no.samla.journal.LogEntries;
import no.samla.journal.LogEntryData;
import no.samla.journal.LogEntryText;
import no.samla.people.Accounts;
import no.samla.people.NewPassword;
import no.samla.people.People;
import no.samla.people.PersonData;
import no.samla.people.Role;
import no.samla.people.RoleGrant;
import no.samla.people.Sector;
import no.samla.programme.Enrolments;
import no.samla.programme.ParticipationRole;
import no.samla.programme.ProgrammeData;
import no.samla.programme.Programmes;
import no.samla.programme.Rates;
import no.samla.programme.StructurePlan;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.SamlaTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log: what is recorded, with whom, what and from where; that it goes with the change's transaction; that
 * the database refuses to rewrite it; the admin's search; and that no leader's text ever ends up in it.
 */
@SamlaTest
class AuditLogTest {

    static final String ADDRESS = "198.51.100.23";
    static final String BROWSER = "AuditTestBrowser/1.0";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Programmes programmes;

    @Autowired
    LogEntries entries;

    @Autowired
    Gatherings gatherings;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Agendas agendas;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    QueryCounter queries;

    /** The request comes from a known address and browser, as the servlet container reports them. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            request.addHeader("User-Agent", BROWSER);
            return request;
        };
    }

    @Test
    void aLoginIsRecordedWithTheAccountTheEmailAndTheAddress() throws Exception {
        long since = lastId();
        mvc.perform(signIn(DemoUsers.LEADER.email(), DemoUsers.PASSWORD)).andExpect(status().isFound());
        mvc.perform(signIn(DemoUsers.COORDINATOR.email(), DemoUsers.PASSWORD).with(from(ADDRESS)))
                .andExpect(status().isFound());

        Map<String, Object> leader = onlyRow(since, "SIGNED_IN", DemoUsers.LEADER.email());
        assertThat(leader.get("actor_account_id")).isEqualTo(accountId(DemoUsers.LEADER));
        assertThat(leader.get("actor_person_id")).isNotNull();
        assertThat(leader.get("subject_type")).isEqualTo("ACCOUNT");
        assertThat(leader.get("summary")).isEqualTo("method: password");
        assertThat(leader.get("remote_address")).isEqualTo("127.0.0.1");
        Map<String, Object> coordinator = onlyRow(since, "SIGNED_IN", DemoUsers.COORDINATOR.email());
        assertThat(coordinator.get("remote_address")).isEqualTo(ADDRESS);
        assertThat(coordinator.get("user_agent")).isEqualTo(BROWSER);
    }

    @Test
    void aFailedLoginRecordsTheTypedEmailAndTheAddressButNeverThePassword() throws Exception {
        long since = lastId();
        String typedPassword = "Hemmelig-passord-" + System.nanoTime();
        String unknown = "ukjent." + System.nanoTime() + "@nowhere.example";
        mvc.perform(signIn(unknown, typedPassword).with(from(ADDRESS))).andExpect(status().isFound());
        NewPassword fresh = newAccount(Role.LEADER);
        String email = accounts.get(fresh.accountId()).getEmail();
        mvc.perform(signIn(email, typedPassword).with(from(ADDRESS))).andExpect(status().isFound());

        Map<String, Object> unknownRow = onlyRow(since, "SIGN_IN_FAILED", unknown);
        assertThat(unknownRow.get("actor_account_id")).isNull();
        assertThat(unknownRow.get("remote_address")).isEqualTo(ADDRESS);
        Map<String, Object> knownRow = onlyRow(since, "SIGN_IN_FAILED", email);
        assertThat(knownRow.get("actor_account_id")).isEqualTo(fresh.accountId());
        assertThat(knownRow.get("subject_id")).isEqualTo(fresh.accountId());
        assertThat(knownRow.get("summary")).isEqualTo("method: password; wrong e-mail or password");
        assertThat(rowsContaining(since, typedPassword)).isZero();
    }

    @Test
    void aLogoutIsRecorded() throws Exception {
        long since = lastId();
        mvc.perform(post("/logout")
                        .with(DemoUsers.LEADER.as(accounts))
                        .with(csrf())
                        .with(from(ADDRESS)))
                .andExpect(status().isFound());

        Map<String, Object> row = onlyRow(since, "SIGNED_OUT", DemoUsers.LEADER.email());
        assertThat(row.get("actor_account_id")).isEqualTo(accountId(DemoUsers.LEADER));
        assertThat(row.get("remote_address")).isEqualTo(ADDRESS);
    }

    @Test
    void aRoleChangeIsRecordedWithTheAdminTheRolesBeforeAndAfterAndTheAddress() throws Exception {
        NewPassword fresh = newAccount(Role.LEADER);
        long since = lastId();
        mvc.perform(post("/admin/accounts/" + fresh.accountId() + "/roles")
                        .param("roles", "LEADER", "COORDINATOR")
                        .param(
                                "version",
                                String.valueOf(accounts.get(fresh.accountId()).getVersion()))
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .with(from(ADDRESS)))
                .andExpect(status().isFound());

        Map<String, Object> row = onlyRow(since, "ROLES_CHANGED", DemoUsers.ADMIN.email());
        assertThat(row.get("actor_account_id")).isEqualTo(accountId(DemoUsers.ADMIN));
        assertThat(row.get("subject_type")).isEqualTo("ACCOUNT");
        assertThat(row.get("subject_id")).isEqualTo(fresh.accountId());
        assertThat(row.get("summary")).isEqualTo("roles: LEADER -> roles: COORDINATOR, LEADER");
        assertThat(row.get("remote_address")).isEqualTo(ADDRESS);
    }

    @Test
    void aProgrammeChangeIsRecordedWithWhoChangedItWhatAndFromWhere() throws Exception {
        long programme = newProgramme();
        long since = lastId();
        mvc.perform(post("/programmes/" + programme + "/status")
                        .param("status", "PLANNED")
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .with(from(ADDRESS)))
                .andExpect(status().isFound());

        Map<String, Object> row = onlyRow(since, "PROGRAMME_STATUS_CHANGED", DemoUsers.ADMIN.email());
        assertThat(row.get("subject_type")).isEqualTo("PROGRAMME");
        assertThat(row.get("subject_id")).isEqualTo(programme);
        assertThat(row.get("summary")).isEqualTo("DRAFT -> PLANNED");
        assertThat(row.get("remote_address")).isEqualTo(ADDRESS);
    }

    @Test
    void aGatheringItsAgendaAndItsDeletionAreRecordedByKindAndId() {
        long programme = newProgramme();
        long since = lastId();

        GatheringData first = GatheringData.outline(
                1, "Oppstart", "Lederplattform", GatheringFormat.ONE_DAY, LocalDate.of(2027, 2, 3), "");
        Gathering gathering = gatherings.create(programme, first);
        gatherings.update(
                programme,
                gathering.getId(),
                gatherings.get(programme, gathering.getId()).getVersion(),
                GatheringData.outline(
                        1,
                        "Oppstart i Drammen",
                        "Lederplattform",
                        GatheringFormat.ONE_DAY,
                        LocalDate.of(2027, 2, 3),
                        ""));
        AgendaItem item = agendas.add(
                programme, gathering.getId(), new AgendaItemData(1, "Velkommen", AgendaItemType.TALK, 30, null, null));
        gatherings.delete(programme, gathering.getId());

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select action, summary from audit_log where id > ? and subject_type = 'GATHERING' and subject_id = ?"
                        + " order by id",
                since,
                gathering.getId());
        assertThat(rows)
                .extracting(row -> row.get("action") + ": " + row.get("summary"))
                .containsExactly(
                        "GATHERING_CREATED: programme " + programme,
                        "GATHERING_CHANGED: programme " + programme + "; changed: title",
                        "GATHERING_CHANGED: programme " + programme + "; agenda item " + item.getId() + " added",
                        "GATHERING_DELETED: programme " + programme);
    }

    @Test
    void anExportIsRecordedWithWhoTookWhatAndFromWhere() throws Exception {
        long since = lastId();
        mvc.perform(get("/dashboards/admin/export.csv?table=counts")
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(from(ADDRESS)))
                .andExpect(status().isOk());
        long school = programmeId(DemoProgrammes.DRAMMEN_SCHOOL);
        mvc.perform(get("/programmes/" + school + "/price.pdf")
                        .with(DemoUsers.COORDINATOR.as(accounts))
                        .with(from(ADDRESS)))
                .andExpect(status().isOk());

        Map<String, Object> table = onlyRow(since, "EXPORTED", DemoUsers.ADMIN.email());
        assertThat(table.get("summary")).isEqualTo("admin dashboard, table counts (csv)");
        assertThat(table.get("remote_address")).isEqualTo(ADDRESS);
        Map<String, Object> quote = onlyRow(since, "EXPORTED", DemoUsers.COORDINATOR.email());
        assertThat(quote.get("subject_type")).isEqualTo("PROGRAMME");
        assertThat(quote.get("subject_id")).isEqualTo(school);
        assertThat(quote.get("summary")).isEqualTo("quote (pdf)");
    }

    @Test
    void anExportRefusedToTheVisitorRecordsNothing() throws Exception {
        long since = lastId();
        mvc.perform(get("/dashboards/admin/export.csv?table=counts").with(DemoUsers.MUNICIPALITY_ADMIN.as(accounts)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboards/admin/export.ods?table=counts").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isNotFound());

        assertThat(rowsSince(since, "EXPORTED")).isZero();
    }

    @Test
    void aChangeRolledBackLeavesNoEntryAndAnEntryMeansTheChangeWasMade() {
        long programme = newProgramme();
        AtomicLong inside = new AtomicLong();
        long since = lastId();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    programmes.changeStatus(programme, no.samla.programme.ProgrammeStatus.PLANNED);
                    inside.set(rowsSince(since, "PROGRAMME_STATUS_CHANGED"));
                    throw new IllegalStateException("the change fails after it was recorded");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(inside.get()).as("recorded inside the transaction").isEqualTo(1);
        assertThat(rowsSince(since, "PROGRAMME_STATUS_CHANGED")).isZero();
        assertThat(programmes.find(programme).orElseThrow().getStatus())
                .isEqualTo(no.samla.programme.ProgrammeStatus.DRAFT);

        programmes.changeStatus(programme, no.samla.programme.ProgrammeStatus.PLANNED);
        assertThat(rowsSince(since, "PROGRAMME_STATUS_CHANGED")).isEqualTo(1);
    }

    @Test
    void aChangeCannotBeRecordedOutsideTheTransactionThatMakesIt() {
        assertThatThrownBy(() -> trail.record(AuditAction.PERSON_CHANGED, AuditSubject.PERSON, 1L, ""))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheLog() {
        transactions.executeWithoutResult(
                status -> trail.record(AuditAction.PERSON_CHANGED, AuditSubject.PERSON, 1L, "append-only check"));
        long id = lastId();

        assertThatThrownBy(() -> jdbc.update("update audit_log set summary = 'rewritten' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("audit_log is append-only");
        assertThat(jdbc.queryForObject("select summary from audit_log where id = ?", String.class, id))
                .isEqualTo("append-only check");
    }

    @Test
    void theSearchFiltersByTextActionSubjectAndDayAndPaginatesNewestFirst() throws Exception {
        String marker = "sokemerke" + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            for (int i = 1; i <= 30; i++) {
                trail.record(AuditAction.PERSON_CHANGED, AuditSubject.PERSON, (long) i, marker + " nr " + i);
            }
            trail.record(AuditAction.PROGRAMME_CHANGED, AuditSubject.PROGRAMME, 7L, marker + " programme");
        });
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

        Page<AuditEntry> first = log.search(new AuditSearch(marker, null, null, null, null), PageRequest.of(0, 25));
        assertThat(first.getTotalElements()).isEqualTo(31);
        assertThat(first.getContent()).hasSize(25);
        assertThat(first.getContent().get(0).summary()).isEqualTo(marker + " programme");
        assertThat(first.getContent().get(1).summary()).isEqualTo(marker + " nr 30");
        Page<AuditEntry> second = log.search(new AuditSearch(marker, null, null, null, null), PageRequest.of(1, 25));
        assertThat(second.getContent()).hasSize(6);
        assertThat(second.getContent().get(5).summary()).isEqualTo(marker + " nr 1");
        assertThat(log.search(
                                new AuditSearch(marker.toUpperCase(), AuditAction.PROGRAMME_CHANGED, null, null, null),
                                PageRequest.of(0, 25))
                        .getTotalElements())
                .isEqualTo(1);
        assertThat(log.search(new AuditSearch(marker, null, AuditSubject.PERSON, today, today), PageRequest.of(0, 25))
                        .getTotalElements())
                .isEqualTo(30);
        assertThat(log.search(new AuditSearch(marker, null, null, today.plusDays(1), null), PageRequest.of(0, 25))
                        .getTotalElements())
                .isZero();
        assertThat(log.search(new AuditSearch(marker, null, null, null, today.minusDays(1)), PageRequest.of(0, 25))
                        .getTotalElements())
                .isZero();
        // A % or _ typed is a character to find, not a wildcard.
        assertThat(log.search(new AuditSearch("%" + marker, null, null, null, null), PageRequest.of(0, 25))
                        .getTotalElements())
                .isZero();

        Document page = page("/admin/audit?q=" + marker + "&subject=PERSON&page=1");
        assertThat(page.select("tbody tr")).hasSize(5);
        assertThat(page.select("tbody tr").last().text())
                .contains(marker + " nr 1")
                .contains("Person 1");
        assertThat(page.select("nav .pagination a[href]").attr("href"))
                .contains("q=" + marker)
                .contains("subject=PERSON")
                .contains("page=0");
    }

    @Test
    void aDateThatIsNoDateIsToldBesideItsFieldAndKeptAsTyped() throws Exception {
        Document page = page("/admin/audit?from=2026-02-31&to=igår");
        assertThat(page.select("#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#from-error").text()).isEqualTo("Verdien har feil format.");
        assertThat(page.select("#from").val()).isEqualTo("2026-02-31");
        assertThat(page.select("#to").val()).isEqualTo("igår");
        assertThat(page.select("#to-error").text()).isEqualTo("Verdien har feil format.");
        // The list is still there, without the period.
        assertThat(page.select("table")).hasSize(1);

        Document backwards = page("/admin/audit?from=2026-05-02&to=1.5.2026");
        assertThat(backwards.select("#to-error").text()).isEqualTo("Til-datoen kan ikke være før fra-datoen.");
        assertThat(backwards.select("#to").val()).isEqualTo("2026-05-01");

        mvc.perform(get("/admin/audit?action=NOT_AN_ACTION&page=x").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().is4xxClientError());
        Document unknownAction = page("/admin/audit?action=NOT_AN_ACTION");
        assertThat(unknownAction.select("#action-error").text()).isEqualTo("Verdien har feil format.");
    }

    @Test
    void theAdminPageRunsTheSameNumberOfStatementsWhateverTheDataSize() throws Exception {
        String marker = "tellemerke" + System.nanoTime();
        List<String> before = statements("/admin/audit?q=" + marker);
        List<String> beforeAll = statements("/admin/audit");
        transactions.executeWithoutResult(status -> trail.recordAll(
                AuditAction.PERSON_CREATED,
                AuditSubject.PERSON,
                LongStream.rangeClosed(1, 200).boxed().toList(),
                marker));
        List<String> after = statements("/admin/audit?q=" + marker + "&page=3");
        List<String> afterAll = statements("/admin/audit");

        // No match: the count alone; a page of rows: the count and the page, however many rows there are.
        assertThat(before).as("%s", before).hasSize(1);
        assertThat(after).as("%s", after).hasSize(2);
        assertThat(afterAll).as("%s", afterAll).hasSize(2).hasSameSizeAs(beforeAll);
    }

    private List<String> statements(String url) throws Exception {
        RequestPostProcessor admin = DemoUsers.ADMIN.as(accounts);
        return queries.statementsDuring(() -> mvc.perform(get(url).with(admin)).andExpect(status().isOk()));
    }

    @Test
    void aLeadersTextNeverReachesTheLogWhenTheyWriteShareAndEditAnEntry() {
        String secret = "Hemmelig refleksjon " + System.nanoTime();
        // A leader and programme of the test's own, so that the demo leaders' latest entries stay as they are.
        long programme = newProgramme();
        long leader = newPerson();
        enrolments.enrol(programme, leader, Set.of(ParticipationRole.PARTICIPANT), null);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        long since = lastId();

        long entry = entries.write(
                leader,
                programme,
                new LogEntryData(
                        today,
                        new LogEntryText(secret, secret, "", ""),
                        null,
                        false,
                        null,
                        null,
                        new DevelopmentProject.Sharing(true, false, false)),
                null);
        entries.edit(
                leader,
                entry,
                1,
                new LogEntryData(
                        today,
                        new LogEntryText(secret + " endret", "", secret, secret),
                        null,
                        false,
                        null,
                        null,
                        new DevelopmentProject.Sharing(false, false, true)),
                null);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select * from audit_log where id > ? and subject_type = 'LOG_ENTRY' and subject_id = ? order by id",
                since,
                entry);
        assertThat(rows)
                .extracting(row -> row.get("summary"))
                .containsExactly("new entry; shared with coach", "was coach; shared with coordinators");
        assertThat(rowsContaining(since, "Hemmelig refleksjon")).isZero();
    }

    /** The login form as a browser posts it, so that the request can say where it comes from. */
    private static MockHttpServletRequestBuilder signIn(String email, String password) {
        return post("/login").param("email", email).param("password", password).with(csrf());
    }

    @Test
    void theDemoDataSetsOwnChangesAreInTheLogWithNoOneSignedIn() {
        long kari = jdbc.queryForObject(
                "select id from person where lower(email) = lower(?)", Long.class, DemoUsers.LEADER.email());

        List<Map<String, Object>> created = jdbc.queryForList(
                "select * from audit_log where action = 'PERSON_CREATED' and subject_type = 'PERSON' and subject_id = ?",
                kari);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).get("actor_email")).isNull();
        assertThat(created.get(0).get("remote_address")).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'PARTICIPANT_ADDED' and subject_id = ?",
                        Long.class,
                        kari))
                .isPositive();
    }

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url).with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private long lastId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
    }

    private long rowsSince(long since, String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where id > ? and action = ?", Long.class, since, action);
    }

    private Map<String, Object> onlyRow(long since, String action, String actorEmail) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select * from audit_log where id > ? and action = ? and lower(actor_email) = lower(?)",
                since,
                action,
                actorEmail);
        assertThat(rows).as("%s by %s", action, actorEmail).hasSize(1);
        return rows.get(0);
    }

    /** Rows since then holding the text in any column a person could read. */
    private long rowsContaining(long since, String text) {
        return jdbc.queryForObject("""
                select count(*) from audit_log
                where id > ? and (strpos(coalesce(summary, ''), ?) > 0 or strpos(coalesce(actor_email, ''), ?) > 0
                    or strpos(coalesce(user_agent, ''), ?) > 0)
                """, Long.class, since, text, text, text);
    }

    private long accountId(DemoUsers user) {
        return accounts.loadUser(user.email()).orElseThrow().accountId();
    }

    private long programmeId(String name) {
        return jdbc.queryForObject("select id from programme where name = ?", Long.class, name);
    }

    private NewPassword newAccount(Role role) {
        return accounts.create(newPerson(), Set.of(RoleGrant.of(role)));
    }

    private long newPerson() {
        return people.create(new PersonData(
                        "Revisjon Testperson",
                        "revisjon." + System.nanoTime() + "@audit.example",
                        null,
                        null,
                        null,
                        null,
                        null,
                        Sector.OTHER))
                .getId();
    }

    private long newProgramme() {
        long provider = jdbc.queryForObject("select min(id) from provider_organisation", Long.class);
        return programmes
                .create(new ProgrammeData(
                        "Revisjonsprogram " + System.nanoTime(),
                        null,
                        provider,
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        List.of(),
                        Set.of(),
                        StructurePlan.none(),
                        Rates.defaults()))
                .getId();
    }
}
