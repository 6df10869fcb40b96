package no.samla.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.samla.demo.DemoProgrammes;
import no.samla.people.Accounts;
import no.samla.people.People;
import no.samla.people.PersonData;
import no.samla.people.Role;
import no.samla.people.RoleGrant;
import no.samla.people.Sector;
import no.samla.support.DemoUsers;
import no.samla.support.QueryCounter;
import no.samla.support.ResponseText;
import no.samla.support.SamlaTest;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's data export and erasure, and the retention rules, through the pages and the services. Erasures of demo
 * people run in transactions that are rolled back; the one erasure through the pages is of a person made for it.
 */
@SamlaTest
class PersonalDataTest {

    static final List<Locale> LANGUAGES =
            List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"), Locale.ENGLISH);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PersonalDataRequests requests;

    @Autowired
    RetentionRules retention;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    MessageSource messages;

    @Autowired
    QueryCounter queries;

    @AfterEach
    void defaultRetention() {
        jdbc.update("delete from retention_setting");
    }

    @Test
    void aLeaderDownloadsTheirOwnDataAndNoOneElses() throws Exception {
        long kari = personId(DemoUsers.LEADER);
        long entries = count("select count(*) from log_entry where person_id = ?", kari);
        assertThat(entries).isPositive();

        String page = mvc.perform(get("/account/my-data").with(DemoUsers.LEADER.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Mine data", "/account/my-data/export.pdf", "Logger");

        byte[] json = mvc.perform(get("/account/my-data/export.json").with(DemoUsers.LEADER.as(accounts)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".json")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        JsonNode file = JsonMapper.builder().build().readTree(json);
        assertThat(file.get("format").asString()).isEqualTo("samla-personal-data/1");
        assertThat(file.get("personId").asLong()).isEqualTo(kari);
        assertThat(file.at("/sections/people/person/0/email").asString()).isEqualTo(DemoUsers.LEADER.email());
        assertThat(file.at("/sections/journal/log-entry").size()).isEqualTo((int) entries);
        String latestText = jdbc.queryForObject("""
                select v.learned from log_entry_version v join log_entry e on e.id = v.entry_id
                 where e.person_id = ? order by v.id desc limit 1""", String.class, kari);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).contains(jsonEscaped(latestText));
        // another leader's private writing is not in it
        String othersText = jdbc.queryForObject("""
                select v.learned from log_entry_version v join log_entry e on e.id = v.entry_id
                 where e.person_id <> ? and not exists (select 1 from log_entry_comment c
                        where c.entry_id = e.id and c.author_person_id = ?)
                 order by v.id desc limit 1""", String.class, kari, kari);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(jsonEscaped(othersText));

        byte[] pdf = mvc.perform(get("/account/my-data/export.pdf").with(DemoUsers.LEADER.as(accounts)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String pdfText = ResponseText.pdf(pdf);
        assertThat(pdfText).contains(fullName(kari), "Logger");

        assertThat(count("""
                select count(*) from audit_log where action = 'EXPORTED' and subject_type = 'PERSON'
                   and subject_id = ? and actor_person_id = ?""", kari, kari)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyKindSectionAndReasonHasItsTextInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        for (DemoUsers user : List.of(DemoUsers.LEADER, DemoUsers.COORDINATOR, DemoUsers.MUNICIPALITY_ADMIN)) {
            long person = personId(user);
            PersonalDataExport export = requests.export(person);
            export.sections().forEach((section, kinds) -> {
                keys.add("personaldata.section." + section);
                kinds.keySet().forEach(kind -> keys.add("personaldata.kind." + kind));
            });
            for (ErasureLine line : holders.stream()
                    .flatMap(h -> h.previewErasure(person).stream())
                    .toList()) {
                keys.add("personaldata.kind." + line.kind());
                keys.add("personaldata.reason." + line.reason());
            }
        }
        retention.settings().forEach(s -> {
            keys.add("personaldata.retention." + s.key());
            keys.add("personaldata.retention." + s.key() + ".text");
        });
        for (Locale language : LANGUAGES) {
            assertThat(keys.stream().distinct().filter(key -> messages.getMessage(key, null, null, language) == null))
                    .as("texts missing in %s", language)
                    .isEmpty();
        }
    }

    @Test
    void erasingAPersonLeavesNothingTheyWroteForThemselvesAndKeepsWhatOthersRelyOn() {
        long kari = personId(DemoUsers.LEADER);
        long participations = count("select count(*) from participation where person_id = ?", kari);
        assertThat(participations).isPositive();
        List<ErasureLine> before = requests.preview(kari);
        assertThat(before).extracting(ErasureLine::kind).contains("person", "account", "log-entry");

        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            holders.forEach(holder -> holder.erase(kari));

            List<ErasureLine> after = holders.stream()
                    .flatMap(holder -> holder.previewErasure(kari).stream())
                    .toList();
            assertThat(after)
                    .filteredOn(line -> line.treatment() == ErasureLine.Treatment.DELETED)
                    .as("deleted kinds left behind")
                    .allSatisfy(line -> assertThat(line.count()).as(line.kind()).isZero());
            for (ErasureLine kept : before) {
                if (kept.treatment() == ErasureLine.Treatment.KEPT) {
                    assertThat(after).as("kept: " + kept.kind()).contains(kept);
                }
            }
            Map<String, Object> row =
                    jdbc.queryForMap("select full_name, email, phone, anonymised_at from person where id = ?", kari);
            assertThat(row.get("full_name")).isEqualTo("Anonymisert person");
            assertThat(row.get("email")).isEqualTo("anonymised-" + kari + "@invalid");
            assertThat(row.get("phone")).isNull();
            assertThat(row.get("anonymised_at")).isNotNull();
            assertThat(count("select count(*) from participation where person_id = ?", kari))
                    .isEqualTo(participations);
            assertThat(count("select count(*) from account where person_id = ?", kari))
                    .isZero();
        });
        assertThat(count("select count(*) from account where person_id = ?", kari))
                .isOne();
    }

    @Test
    void theAdminErasesAPersonAfterThePreviewAndTypingTheirName() throws Exception {
        long municipality = jdbc.queryForObject("select id from municipality where number = '3301'", Long.class);
        String email = "erase." + System.nanoTime() + "@personvern.example";
        long person = people.create(new PersonData(
                        "Sletta Testleder", email, "99999999", "Enhetsleder", municipality, null, null, Sector.OTHER))
                .getId();
        accounts.create(person, Set.of(RoleGrant.of(Role.LEADER)));
        long programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        jdbc.update(
                "insert into participation (programme_id, person_id, joined_on) values (?, ?, current_date)",
                programme,
                person);
        long entry = jdbc.queryForObject("""
                insert into log_entry (programme_id, person_id, entry_date) values (?, ?, current_date)
                returning id""", Long.class, programme, person);
        jdbc.update("""
                insert into log_entry_version (entry_id, number, did, happened, learned, next_step)
                values (?, 1, 'Hemmelig refleksjon', '', '', '')""", entry);
        String page = "/admin/people/" + person + "/personal-data";

        String preview = mvc.perform(get(page).with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview).contains("Sletta Testleder", "Slettes", "Beholdes", "Anonymiseres", "confirmName");

        String refused = mvc.perform(post(page + "/erase")
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .param("confirmName", "Sletta Testleder2"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Navnet stemmer ikke", "value=\"Sletta Testleder2\"", "confirmName-error");
        assertThat(count("select count(*) from log_entry where person_id = ?", person))
                .isOne();

        mvc.perform(post(page + "/erase")
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .param("confirmName", "Sletta Testleder"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page));

        assertThat(count("select count(*) from log_entry where person_id = ?", person))
                .isZero();
        assertThat(count("select count(*) from account where person_id = ?", person))
                .isZero();
        assertThat(count("select count(*) from participation where person_id = ?", person))
                .isOne();
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, person))
                .isEqualTo("Anonymisert person");
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where id = ? and email like '%personvern.example'",
                        Long.class, person))
                .isZero();
        String audit = jdbc.queryForObject("""
                select summary from audit_log where action = 'PERSON_ERASED' and subject_id = ?""", String.class, person);
        assertThat(audit).contains("log-entry deleted 1").doesNotContain("Hemmelig", "Sletta");

        mvc.perform(post(page + "/erase")
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .param("confirmName", "Anonymisert person"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Personen er anonymisert")));
        // nor can a name be typed back in
        mvc.perform(post("/admin/people/" + person)
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .param("fullName", "Sletta Testleder")
                        .param("email", email)
                        .param(
                                "version",
                                ""
                                        + jdbc.queryForObject(
                                                "select version from person where id = ?", Long.class, person)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("kan ikke endres")));
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, person))
                .isEqualTo("Anonymisert person");
        mvc.perform(post("/admin/accounts")
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .param("personId", Long.toString(person))
                        .param("roles", "LEADER")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("select count(*) from account where person_id = ?", person))
                .isZero();
    }

    @Test
    void theAdminCannotEraseThemselvesAndUnknownPeopleAreNotFound() throws Exception {
        long admin = personId(DemoUsers.ADMIN);
        String name = fullName(admin);
        mvc.perform(post("/admin/people/" + admin + "/personal-data/erase")
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .param("confirmName", name))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ikke anonymisere deg selv")));
        assertThat(fullName(admin)).isEqualTo(name);
        // everyone takes their own export: no page hands an admin someone's private writing
        long kari = personId(DemoUsers.LEADER);
        mvc.perform(get("/admin/people/" + kari + "/personal-data/export.json").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/admin/people/" + kari + "/personal-data").with(DemoUsers.ADMIN.as(accounts)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Mine data", "kan logge inn og laste det ned")
                .doesNotContain("export.json");
        mvc.perform(get("/admin/people/99999999/personal-data").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/people/x/personal-data").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void retentionRulesAreSetInTheBrowserAndClearTextButKeepTheEntries() throws Exception {
        String page = mvc.perform(get("/admin/retention").with(DemoUsers.ADMIN.as(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("months-reflections", "Refleksjoner i loggen");

        String refused = mvc.perform(post("/admin/retention")
                        .with(DemoUsers.ADMIN.as(accounts))
                        .with(csrf())
                        .param("months-reflections", "to år")
                        .param("enabled-reflections", "true"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("value=\"to år\"", "months-reflections-error", "Skriv et helt antall måneder");
        assertThat(count("select count(*) from retention_setting", null)).isZero();

        var save = post("/admin/retention").with(DemoUsers.ADMIN.as(accounts)).with(csrf());
        for (RetentionRules.Setting setting : retention.settings()) {
            // reflections switched off (its box not sent), the others as they were
            save.param("months-" + setting.key(), setting.key().equals("reflections") ? "36" : "" + setting.months());
            if (!setting.key().equals("reflections")) {
                save.param("enabled-" + setting.key(), "true");
            }
        }
        mvc.perform(save).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select months, enabled from retention_setting where rule_key = 'reflections'"))
                .containsEntry("months", 36)
                .containsEntry("enabled", false);
        assertThat(count("select count(*) from audit_log where action = 'RETENTION_CHANGED'", null))
                .isPositive();

        long kari = personId(DemoUsers.LEADER);
        long entries = count("select count(*) from log_entry where person_id = ?", kari);
        no.samla.system.privacy.RetentionRule reflections = retentionRule("reflections");
        java.time.LocalDate afterEveryDemoProgramme = java.time.LocalDate.of(2031, 1, 1);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            assertThat(reflections.countDue(afterEveryDemoProgramme)).isPositive();
            long cleared = reflections.apply(afterEveryDemoProgramme);
            assertThat(cleared).isPositive();
            assertThat(reflections.apply(afterEveryDemoProgramme)).isZero();
            assertThat(reflections.countDue(afterEveryDemoProgramme)).isZero();
            assertThat(count("select count(*) from log_entry where person_id = ?", kari))
                    .isEqualTo(entries);
            assertThat(count("""
                    select count(*) from log_entry_version v join log_entry e on e.id = v.entry_id
                     where e.person_id = ? and (v.did <> '' or v.learned <> '' or v.number > 1)""", kari)).isZero();
            assertThat(count("select count(*) from log_entry_comment", null)).isZero();
            assertThat(count("select count(*) from log_entry_draft", null)).isZero();
        });
        // an entry a rule has cleared says so on its page
        long programme = jdbc.queryForObject(
                "select id from programme where name = ?", Long.class, DemoProgrammes.DRAMMEN_SCHOOL);
        long clearedEntry = jdbc.queryForObject("""
                insert into log_entry (programme_id, person_id, entry_date, content_cleared_at)
                values (?, ?, current_date + 3650, now()) returning id""", Long.class, programme, kari);
        try {
            jdbc.update("""
                    insert into log_entry_version (entry_id, number, did, happened, learned, next_step)
                    values (?, 1, '', '', '', '')""", clearedEntry);
            mvc.perform(get("/journal/" + clearedEntry).with(DemoUsers.LEADER.as(accounts)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("etter lagringsregelen")));
            mvc.perform(get("/journal").with(DemoUsers.LEADER.as(accounts)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Teksten er tømt")));
        } finally {
            jdbc.update("delete from log_entry where id = ?", clearedEntry);
        }
        // the demo's programmes end in the future: a real run tonight clears nothing of theirs
        assertThat(retention.runAll())
                .allSatisfy((rule, cleared) -> assertThat(cleared).isZero());
    }

    @Test
    void thePagesRunTheSameStatementsWhateverTheirData() throws Exception {
        long mine =
                queries.countDuring(() -> mvc.perform(get("/account/my-data").with(DemoUsers.LEADER.as(accounts)))
                        .andExpect(status().isOk()));
        long someoneNew = queries.countDuring(
                () -> mvc.perform(get("/account/my-data").with(DemoUsers.MUNICIPALITY_ADMIN_OTHER.as(accounts)))
                        .andExpect(status().isOk()));
        long preview = queries.countDuring(
                () -> mvc.perform(get("/admin/people/" + personId(DemoUsers.LEADER) + "/personal-data")
                                .with(DemoUsers.ADMIN.as(accounts)))
                        .andExpect(status().isOk()));
        long retentionPage =
                queries.countDuring(() -> mvc.perform(get("/admin/retention").with(DemoUsers.ADMIN.as(accounts)))
                        .andExpect(status().isOk()));
        assertThat(mine).isEqualTo(someoneNew);
        assertThat(mine).isLessThanOrEqualTo(80);
        assertThat(preview).isLessThanOrEqualTo(40);
        assertThat(retentionPage).isLessThanOrEqualTo(12);
    }

    private no.samla.system.privacy.RetentionRule retentionRule(String key) {
        return applicationRules().stream()
                .filter(rule -> rule.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Autowired
    List<no.samla.system.privacy.RetentionRule> rules;

    private List<no.samla.system.privacy.RetentionRule> applicationRules() {
        return rules;
    }

    private long personId(DemoUsers user) {
        return jdbc.queryForObject(
                "select person_id from account where lower(email) = lower(?)", Long.class, user.email());
    }

    private String fullName(long person) {
        return jdbc.queryForObject("select full_name from person where id = ?", String.class, person);
    }

    private long count(String sql, Object argument) {
        Long n = argument == null
                ? jdbc.queryForObject(sql, Long.class)
                : jdbc.queryForObject(sql, Long.class, argument);
        return n == null ? 0 : n;
    }

    private long count(String sql, Object first, Object second) {
        Long n = jdbc.queryForObject(sql, Long.class, first, second);
        return n == null ? 0 : n;
    }

    private static String jsonEscaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
