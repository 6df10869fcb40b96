package no.samla.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samla.demo.DemoAccounts;
import no.samla.support.SamlaTest;
import no.samla.system.privacy.ErasureLine;
import no.samla.system.privacy.ErasureLine.Treatment;
import no.samla.system.privacy.PersonalDataExport;
import no.samla.system.privacy.PersonalDataHolder;
import no.samla.system.privacy.RetentionRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coaching, innovation and platform modules' part of a person's data, on the demo data: Kari Nordmann is coached,
 * has a development project, works on an innovation case and commented on the platform; her coach held her sessions
 * and wrote a private note about her. What erases or clears runs in a transaction that is rolled back.
 */
@SamlaTest
class CoachingInnovationPlatformPersonalDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    List<PersonalDataHolder> allHolders;

    @Autowired
    List<RetentionRule> rules;

    List<PersonalDataHolder> holders;
    long kari;
    long coach;

    @BeforeEach
    void demo() {
        holders = List.of(
                holder("development_project.person_id"),
                holder("innovation_case_member.person_id"),
                holder("platform_comment.person_id"));
        kari = jdbc.queryForObject("select id from person where email = ?", Long.class, DemoAccounts.LEADER_DRAMMEN);
        coach = jdbc.queryForObject(
                "select min(coach_person_id) from coaching_session where leader_person_id = ?", Long.class, kari);
    }

    @Test
    void exportsTheLeadersAndTheCoachsRecords() {
        Map<String, List<Map<String, Object>>> leader = kinds(kari);
        assertThat(leader)
                .allSatisfy((kind, records) -> assertThat(records)
                        .as(kind)
                        .allSatisfy(r -> assertThat(r).isNotEmpty()));
        assertThat(nonEmpty(leader))
                .contains(
                        "coaching-assignment",
                        "coaching-session",
                        "coaching-note-about-person",
                        "development-project",
                        "development-project-version",
                        "innovation-case-member",
                        "innovation-idea-dot",
                        "platform-comment",
                        "platform-reaction");
        assertThat(leader.get("development-project").get(0)).containsKey("programme");
        // the leader learns that the coach keeps notes, not what they say
        assertThat(leader.get("coaching-note-about-person").get(0))
                .containsKeys("coach", "updated_at")
                .doesNotContainKey("text");

        Map<String, List<Map<String, Object>>> coachs = kinds(coach);
        assertThat(nonEmpty(coachs))
                .contains("coaching-assignment", "coaching-slot", "coaching-session-held", "coaching-private-note");
        assertThat(coachs.get("coaching-private-note"))
                .anySatisfy(note -> assertThat(note.get("text")).asString().contains("delegering"));
    }

    @Test
    void previewCountsAreTheRecordsExported() {
        for (long person : List.of(kari, coach)) {
            Map<String, List<Map<String, Object>>> exported = kinds(person);
            List<ErasureLine> lines = preview(person);
            assertThat(lines).isNotEmpty();
            assertThat(lines)
                    .allSatisfy(line -> assertThat(line.count())
                            .as(line.kind())
                            .isEqualTo(exported.getOrDefault(line.kind(), List.of())
                                    .size()));
        }
        assertThat(count(preview(kari), "development-project"))
                .isEqualTo(rows("select count(*) from development_project where person_id = ?", kari))
                .isPositive();
        assertThat(count(preview(coach), "coaching-slot"))
                .isEqualTo(rows("select count(*) from coaching_slot where coach_person_id = ?", coach))
                .isPositive();
    }

    @Test
    void erasureDeletesWhatThePreviewSaysAndKeepsTheRest() {
        long sessions = rows("select count(*) from coaching_session where leader_person_id = ?", kari);
        long slots = rows("select count(*) from coaching_slot where coach_person_id = ?", coach);
        String sharedNotes =
                "select count(*) from coaching_session where leader_person_id = ? and shared_notes is not null";
        long shared = rows(sharedNotes, kari);
        for (long person : List.of(kari, coach)) {
            List<ErasureLine> before = preview(person);
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                holders.forEach(holder -> holder.erase(person));
                List<ErasureLine> after = preview(person);
                assertThat(before)
                        .allSatisfy(line -> assertThat(count(after, line.kind()))
                                .as(line.kind())
                                .isEqualTo(line.treatment() == Treatment.DELETED ? 0 : line.count()));
                assertThat(rows("select count(*) from coaching_session where leader_person_id = ?", kari))
                        .isEqualTo(sessions);
                assertThat(rows("select count(*) from coaching_slot where coach_person_id = ?", coach))
                        .isEqualTo(slots);
                assertThat(rows(sharedNotes, kari)).isEqualTo(person == kari ? 0 : shared);
                assertThat(rows(
                                "select count(*) from coaching_private_note n join coaching_session s"
                                        + " on s.id = n.session_id where s.leader_person_id = ? or n.coach_person_id = ?",
                                person,
                                person))
                        .isZero();
                assertThat(rows(
                                "select count(*) from development_project_version v join development_project d"
                                        + " on d.id = v.project_id where d.person_id = ?",
                                person))
                        .isZero();
            });
            assertThat(preview(person)).isEqualTo(before);
        }
    }

    @Test
    void retentionClearsCoachingNotesAndProjectsOnceAndKeepsTheSessions() {
        LocalDate everythingEnded = LocalDate.now().plusYears(100);
        long sessions = rows("select count(*) from coaching_session");
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            for (String key : List.of("coaching-notes", "development-projects")) {
                RetentionRule rule = rule(key);
                long due = rule.countDue(everythingEnded);
                assertThat(due).as(key).isPositive();
                assertThat(rule.countDue(LocalDate.of(2000, 1, 1))).as(key).isZero();
                assertThat(rule.apply(everythingEnded)).as(key).isEqualTo(due);
                assertThat(rule.countDue(everythingEnded)).as(key).isZero();
                assertThat(rule.apply(everythingEnded)).as(key).isZero();
            }
            assertThat(rows("select count(*) from coaching_private_note")).isZero();
            assertThat(rows("select count(*) from coaching_session where shared_notes is not null"))
                    .isZero();
            assertThat(rows("select count(*) from development_project")).isZero();
            assertThat(rows("select count(*) from coaching_session")).isEqualTo(sessions);
        });
        assertThat(rows("select count(*) from coaching_private_note")).isPositive();
    }

    private PersonalDataHolder holder(String column) {
        return allHolders.stream()
                .filter(holder -> holder.personColumns().contains(column))
                .findFirst()
                .orElseThrow();
    }

    private RetentionRule rule(String key) {
        return rules.stream().filter(rule -> rule.key().equals(key)).findFirst().orElseThrow();
    }

    private Map<String, List<Map<String, Object>>> kinds(long person) {
        PersonalDataExport export = new PersonalDataExport();
        holders.forEach(holder -> holder.export(person, export));
        Map<String, List<Map<String, Object>>> kinds = new LinkedHashMap<>();
        export.sections().values().forEach(kinds::putAll);
        return kinds;
    }

    private static List<String> nonEmpty(Map<String, List<Map<String, Object>>> kinds) {
        return kinds.entrySet().stream()
                .filter(kind -> !kind.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
    }

    private List<ErasureLine> preview(long person) {
        return holders.stream()
                .flatMap(holder -> holder.previewErasure(person).stream())
                .toList();
    }

    private static long count(List<ErasureLine> lines, String kind) {
        return lines.stream()
                .filter(line -> line.kind().equals(kind))
                .mapToLong(ErasureLine::count)
                .sum();
    }

    private long rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
